package org.crossroads.directory;

import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.springframework.stereotype.Component;

/**
 * Who may change what in the directory: administrators everything; a network coordinator its own
 * organisation and its memberships, and publishes proposals; a city focal point its own city and that
 * city's partnerships; a contributor proposes organisations (and may change its proposal until it is
 * published). Pages use it to decide which forms to show; the editing services enforce it.
 */
@Component
public class DirectoryPermissions {

    public boolean mayDescribe(Editor editor, long placeId) {
        return editor.isAdministrator()
                || editor.role() == Role.CITY_FOCAL_POINT && Long.valueOf(placeId).equals(editor.placeId());
    }

    public boolean mayAddLocalAuthority(Editor editor) {
        return editor.isAdministrator() || editor.role() == Role.NETWORK_COORDINATOR;
    }

    public boolean mayCreateOrganisation(Editor editor) {
        return true;
    }

    public boolean mayEdit(Editor editor, Organisation organisation, String createdBy) {
        return editor.isAdministrator()
                || editor.role() == Role.NETWORK_COORDINATOR && Long.valueOf(organisation.id()).equals(editor.organisationId())
                || "proposed".equals(organisation.publication()) && editor.username().equals(createdBy);
    }

    /**
     * Any network coordinator publishes a proposed organisation, not only the coordinators of some network:
     * an organisation belongs to no network (a contributor's NGO, university or agency is shared by all), so
     * there is no scope to check, and leaving proposals to administrators alone would leave them waiting.
     * Publishing only makes the proposal public; {@link #mayEdit} keeps later changes to administrators and
     * the organisation's own coordinators.
     */
    public boolean mayPublish(Editor editor) {
        return editor.isAdministrator() || editor.role() == Role.NETWORK_COORDINATOR;
    }

    public boolean mayChangeMembershipsOf(Editor editor, long organisationId) {
        return editor.isAdministrator()
                || editor.role() == Role.NETWORK_COORDINATOR && Long.valueOf(organisationId).equals(editor.organisationId());
    }

    public boolean mayChangePartnershipsOf(Editor editor, long placeId) {
        return mayDescribe(editor, placeId);
    }

    /** Published organisations are public; proposals only to those who may publish them and their author. */
    public boolean maySee(Optional<Editor> reader, Organisation organisation, String createdBy) {
        return "published".equals(organisation.publication())
                || reader.map(e -> mayPublish(e) || e.username().equals(createdBy)).orElse(false);
    }

    /** A new organisation from this editor is published at once, or proposed for a coordinator to publish. */
    String publicationOfNew(Editor editor) {
        return editor.publishesDirectly() ? "published" : "proposed";
    }
}
