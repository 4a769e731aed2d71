package org.crossroads.learning;

import org.crossroads.learning.events.LearningEvent;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what in peer learning. Events, their aggregate statistics and validated outcomes are
 * public. Administrators and the coordinators of an event's organising networks run the event and
 * see its participants' personal data; nobody else does (the person themself sees their own data
 * through their personal link).
 */
@Component
public class LearningPermissions {

    public boolean mayCreateEvents(Editor editor) {
        return editor.role() == Role.ADMINISTRATOR || editor.role() == Role.NETWORK_COORDINATOR;
    }

    /** Change the event, register participants, send surveys, see personal data and answers. */
    public boolean mayRunEvent(Editor editor, LearningEvent event) {
        return editor.role() == Role.ADMINISTRATOR
                || editor.role() == Role.NETWORK_COORDINATOR && event.isOrganisedBy(editor.organisationId());
    }

    public boolean isCoordinator(Editor editor) {
        return editor.role() == Role.ADMINISTRATOR || editor.role() == Role.NETWORK_COORDINATOR;
    }

    /** Administrators, and the coordinators of this network: they validate its outcomes and see who said them. */
    public boolean coordinates(Editor editor, Long networkId) {
        return editor.role() == Role.ADMINISTRATOR
                || editor.role() == Role.NETWORK_COORDINATOR && networkId != null && networkId.equals(editor.organisationId());
    }

    /** A city assesses its own capabilities; administrators may enter assessments for any city. */
    public boolean mayAssess(Editor editor, long placeId) {
        return editor.role() == Role.ADMINISTRATOR
                || editor.role() == Role.CITY_FOCAL_POINT && editor.placeId() != null && editor.placeId() == placeId;
    }

    /** A peer city rates the others after an exchange it took part in. */
    public boolean mayRateFor(Editor editor, long raterPlaceId) {
        return editor.role() == Role.ADMINISTRATOR
                || editor.placeId() != null && editor.placeId() == raterPlaceId;
    }
}
