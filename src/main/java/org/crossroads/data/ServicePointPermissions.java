package org.crossroads.data;

import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.springframework.stereotype.Component;

/**
 * Who may add, change and publish service points: administrators and network coordinators in every
 * city; a city focal point in their own city only; a contributor proposes points anywhere (and may change
 * a proposal until it is published), which an editor who may publish in that city publishes. Pages use
 * it to decide which links and forms to show; {@link ServicePointEditing} enforces it.
 */
@Component
public class ServicePointPermissions {

    /** Add a point in this city (a contributor's is a proposal). */
    public boolean mayAdd(Editor editor, long placeId) {
        return switch (editor.role()) {
            case ADMINISTRATOR, NETWORK_COORDINATOR, CONTRIBUTOR -> true;
            case CITY_FOCAL_POINT -> ownCity(editor, placeId);
        };
    }

    public boolean mayEdit(Editor editor, ServicePoint point) {
        return switch (editor.role()) {
            case ADMINISTRATOR, NETWORK_COORDINATOR -> true;
            case CITY_FOCAL_POINT -> ownCity(editor, point.placeId()) || ownProposal(editor, point);
            case CONTRIBUTOR -> ownProposal(editor, point);
        };
    }

    public boolean mayPublish(Editor editor, long placeId) {
        return editor.role() == Role.ADMINISTRATOR || editor.role() == Role.NETWORK_COORDINATOR
                || editor.role() == Role.CITY_FOCAL_POINT && ownCity(editor, placeId);
    }

    /** Published points are public; a proposal only to those who may change or publish it. */
    public boolean maySee(Optional<Editor> reader, ServicePoint point) {
        return point.isPublished() || reader.map(e -> mayEdit(e, point) || mayPublish(e, point.placeId())).orElse(false);
    }

    /** A new point from this editor is published at once, or proposed for someone who may publish it. */
    String publicationOfNew(Editor editor) {
        return editor.publishesDirectly() ? "published" : "proposed";
    }

    private static boolean ownCity(Editor editor, long placeId) {
        return editor.placeId() != null && editor.placeId() == placeId;
    }

    private static boolean ownProposal(Editor editor, ServicePoint point) {
        return !point.isPublished() && editor.username().equals(point.createdBy());
    }
}
