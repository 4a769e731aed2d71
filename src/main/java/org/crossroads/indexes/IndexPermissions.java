package org.crossroads.indexes;

import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with self-assessment indexes. Indexes, their questionnaires and the scores of submitted
 * responses are public. Administrators and network coordinators build indexes (a coordinator the indexes
 * of their own network); a city's focal point answers for their own city, administrators for any city.
 * The {@code check…} methods refuse with {@link AccessDeniedException} what the {@code may…} methods deny.
 */
@Component
public class IndexPermissions {

    public boolean mayCreateIndexes(Editor editor) {
        return editor.role() == Role.ADMINISTRATOR || editor.role() == Role.NETWORK_COORDINATOR;
    }

    /** Change the index, create and edit its draft versions, publish and retire them. */
    public boolean mayBuild(Editor editor, SelfAssessmentIndex index) {
        return editor.role() == Role.ADMINISTRATOR
                || editor.role() == Role.NETWORK_COORDINATOR && index.organisationId() != null
                        && index.organisationId().equals(editor.organisationId());
    }

    public void checkMayCreateIndexes(Editor editor) {
        if (!mayCreateIndexes(editor)) {
            throw new AccessDeniedException("Editor " + editor.username() + " may not create indexes");
        }
    }

    public void checkMayBuild(Editor editor, SelfAssessmentIndex index) {
        if (!mayBuild(editor, index)) {
            throw new AccessDeniedException("Editor " + editor.username() + " may not build index " + index.code());
        }
    }

    public void checkMayRespond(Editor editor, long placeId) {
        if (!mayRespond(editor, placeId)) {
            throw new AccessDeniedException("Editor " + editor.username() + " may not answer for place " + placeId);
        }
    }

    /** Fill in and submit the questionnaire for this city. */
    public boolean mayRespond(Editor editor, long placeId) {
        return editor.role() == Role.ADMINISTRATOR
                || editor.role() == Role.CITY_FOCAL_POINT && editor.placeId() != null && editor.placeId() == placeId;
    }
}
