package org.crossroads.network.needs;

/**
 * Who sees a need or an offer. Public by default; a private one is seen only by the city's focal points, the
 * coordinators of the networks it is a member of and administrators ({@link StatementAccess}), and never
 * appears in public lists, search, the API or counts.
 */
public enum Visibility {
    PUBLIC, PRIVATE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Visibility of(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
