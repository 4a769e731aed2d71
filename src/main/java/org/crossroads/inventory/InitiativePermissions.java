package org.crossroads.inventory;

import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.springframework.stereotype.Component;

/**
 * Whose initiatives an editor may change: administrators all; network coordinators those of their
 * network (as network or implementer); city focal points those in their city; contributors only
 * their own proposals, which a coordinator or administrator publishes.
 */
@Component
public class InitiativePermissions {

    public boolean mayEdit(Editor editor, Initiative initiative) {
        return switch (editor.role()) {
            case ADMINISTRATOR -> true;
            case NETWORK_COORDINATOR -> editor.organisationId() != null
                    && (initiative.networkIds().contains(editor.organisationId())
                        || initiative.implementerIds().contains(editor.organisationId()))
                    || ownProposal(editor, initiative);
            case CITY_FOCAL_POINT -> editor.placeId() != null && initiative.placeIds().contains(editor.placeId())
                    || ownProposal(editor, initiative);
            case CONTRIBUTOR -> ownProposal(editor, initiative);
        };
    }

    public boolean mayPublish(Editor editor, Initiative initiative) {
        return editor.role() == Role.ADMINISTRATOR
                || editor.role() == Role.NETWORK_COORDINATOR && (initiative.networkIds().contains(editor.organisationId())
                        || initiative.implementerIds().contains(editor.organisationId()) || initiative.networkIds().isEmpty());
    }

    /** A new initiative from this editor is published at once, or proposed for a coordinator to publish. */
    String publicationOfNew(Editor editor) {
        return editor.role() == Role.CONTRIBUTOR ? "proposed" : "published";
    }

    private static boolean ownProposal(Editor editor, Initiative initiative) {
        return !initiative.isPublished() && editor.username().equals(initiative.createdBy());
    }
}
