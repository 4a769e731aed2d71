package org.crossroads.accounts;

/**
 * The signed-in person as other modules see it: enough to decide what they may change.
 *
 * @param organisationId the network a coordinator works for, or null
 * @param placeId the city a focal point works for, or null
 */
@org.springframework.modulith.NamedInterface("api")
public record Editor(long id, String username, String displayName, Role role, Long organisationId, Long placeId) {

    public boolean isAdministrator() {
        return role == Role.ADMINISTRATOR;
    }

    /** Whether this editor's changes are published at once rather than proposed. */
    public boolean publishesDirectly() {
        return role != Role.CONTRIBUTOR;
    }
}
