package org.crossroads.library.practices;

import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see, propose, change and publish practices. Published practices are public. Every signed-in editor may
 * propose one; coordinators and administrators publish (what they write themselves is published at once). A proposal
 * is seen by its author, the focal points of its city and those who publish; a published practice is changed by
 * coordinators, administrators and the focal points of its city. A practice of a region or a country has no city: no
 * focal point speaks for it, so only coordinators and administrators (and its author, while proposed) change it.
 */
@Component
public class PracticePermissions {

    public boolean maySee(Practice p, Optional<Editor> reader) {
        return p.isPublished() || reader.map(e -> mayEdit(p, e)).orElse(false);
    }

    public boolean mayPropose(Editor editor) {
        return editor != null;
    }

    public boolean mayPublish(Editor editor) {
        return editor.role() == Role.ADMINISTRATOR || editor.role() == Role.NETWORK_COORDINATOR;
    }

    public boolean mayEdit(Practice p, Editor editor) {
        return mayPublish(editor)
                || editor.role() == Role.CITY_FOCAL_POINT && p.placeId() != null && p.placeId().equals(editor.placeId())
                || !p.isPublished() && editor.username().equals(p.createdBy());
    }

    /** The SQL condition (on alias {@code p}) that lets through what the reader may see, with its parameters. */
    String visible(Optional<Editor> reader, Map<String, Object> params) {
        if (reader.isEmpty()) {
            return "p.publication = 'published'";
        }
        Editor e = reader.get();
        if (mayPublish(e)) {
            return "true";
        }
        params.put("reader", e.username());
        params.put("readerPlace", e.role() == Role.CITY_FOCAL_POINT && e.placeId() != null ? e.placeId() : -1L);
        return "p.publication = 'published' or p.created_by = :reader or p.place_id = :readerPlace";
    }
}
