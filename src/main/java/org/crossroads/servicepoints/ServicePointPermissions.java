package org.crossroads.servicepoints;

import org.crossroads.data.DataAccess;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.springframework.stereotype.Component;

/**
 * Who may add, change and publish service points. A city's points are kept by those who keep its data
 * ({@link DataAccess#editablePlaces}): administrators everywhere, the city's focal points, and the
 * coordinators of a network the city is a member of; a coordinator has no say over the points of a city
 * outside its networks. A contributor proposes points anywhere (and may change a proposal until it is
 * published), which someone who keeps that city's points publishes. Pages use it to decide which links and
 * forms to show; {@link ServicePointEditing} enforces it.
 */
@Component
public class ServicePointPermissions {

    private final DataAccess access;

    ServicePointPermissions(DataAccess access) {
        this.access = access;
    }

    /** Add a point in this city (a contributor's is a proposal). */
    public boolean mayAdd(Editor editor, long placeId) {
        return editor.role() == Role.CONTRIBUTOR || keeps(editor, placeId);
    }

    public boolean mayEdit(Editor editor, ServicePoint point) {
        return keeps(editor, point.placeId()) || ownProposal(editor, point);
    }

    public boolean mayPublish(Editor editor, long placeId) {
        return keeps(editor, placeId);
    }

    /** Published points are public; a proposal only to those who may change or publish it. */
    public boolean maySee(Optional<Editor> reader, ServicePoint point) {
        return point.isPublished() || reader.map(e -> mayEdit(e, point) || mayPublish(e, point.placeId())).orElse(false);
    }

    /** A new point from this editor is published at once, or proposed for someone who may publish it. */
    String publicationOfNew(Editor editor) {
        return editor.publishesDirectly() ? "published" : "proposed";
    }

    /** Whether the editor keeps this city's points: the same scope as for its data values (contributors: none). */
    private boolean keeps(Editor editor, long placeId) {
        return access.editablePlaces(editor).covers(placeId);
    }

    private static boolean ownProposal(Editor editor, ServicePoint point) {
        return !point.isPublished() && editor.username().equals(point.createdBy());
    }
}
