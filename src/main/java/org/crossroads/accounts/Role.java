package org.crossroads.accounts;

/** What an editor may do. Public visitors need no account: published records are readable by all. */
@org.springframework.modulith.NamedInterface("api")
public enum Role {
    /** Manages accounts and every record. */
    ADMINISTRATOR,
    /** Edits the records of its network and publishes contributions. */
    NETWORK_COORDINATOR,
    /** Edits the records of its city. */
    CITY_FOCAL_POINT,
    /** Proposes records; a coordinator publishes them. */
    CONTRIBUTOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
