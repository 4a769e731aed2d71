package org.crossroads.network.needs;

/**
 * Filters of the lists of needs and offers; null for any.
 *
 * @param theme a code of the {@code theme} vocabulary
 * @param route a code of the {@code route} vocabulary: the city lies on it
 * @param country an ISO 3166-1 alpha-2 code: the city's country
 * @param status a need's or an offer's status
 * @param placeId one city
 */
public record StatementQuery(String theme, String route, String country, String status, Long placeId) {

    public static final StatementQuery ALL = new StatementQuery(null, null, null, null, null);

    public static StatementQuery ofPlace(long placeId) {
        return new StatementQuery(null, null, null, null, placeId);
    }

    /**
     * The SQL condition on a statement table for these filters (theme, status, city; route and country are
     * applied with the directory's places) and for what the reader may see; fills in its parameters.
     */
    String where(ReaderScope scope, java.util.Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where " + scope.condition());
        params.putAll(scope.parameters());
        if (theme != null) {
            where.append(" and :theme = any(themes)");
            params.put("theme", theme);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (placeId != null) {
            where.append(" and place_id = :place");
            params.put("place", placeId);
        }
        return where.toString();
    }
}
