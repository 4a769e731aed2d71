package org.crossroads.directory;

/**
 * A search over places. Without a name query only places the platform knows something about are
 * listed (roles, routes, memberships, partnerships, or added by hand), not the whole gazetteer.
 *
 * @param country ISO 3166-1 alpha-2 code or blank
 * @param role code of vocabulary {@code city_role} or blank
 * @param route code of vocabulary {@code route} or blank
 * @param sizeClass code of vocabulary {@code size_class} or blank
 */
public record PlaceQuery(String q, String country, String role, String route, String sizeClass, int page, int size) {

    public PlaceQuery {
        q = blankToEmpty(q);
        country = blankToEmpty(country).toUpperCase(java.util.Locale.ROOT);
        role = blankToEmpty(role);
        route = blankToEmpty(route);
        sizeClass = blankToEmpty(sizeClass);
    }

    static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
