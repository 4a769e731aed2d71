package org.crossroads.network.needs;

import org.crossroads.shared.vocabulary.ShownText;
import org.crossroads.shared.web.ListSort;

/**
 * Filters of the lists of needs and offers; null for any.
 *
 * @param theme a code of the {@code theme} vocabulary
 * @param route a code of the {@code route} vocabulary: the city lies on it
 * @param country an ISO 3166-1 alpha-2 code: the city's country
 * @param status a need's or an offer's status
 * @param placeId one city
 * @param sort the order of a list: date (when stated, newest first; the default), name (the title as the reader sees
 *             it) or last change; there is no text to be relevant to
 * @param reader the reader's language (ISO 639-1), whose translated titles the name order follows
 */
public record StatementQuery(String theme, String route, String country, String status, Long placeId, ListSort sort,
        String reader) {

    public static final StatementQuery ALL = new StatementQuery(null, null, null, null, null);

    public StatementQuery {
        sort = sort == null || sort == ListSort.RELEVANCE ? ListSort.DATE : sort;
        reader = reader == null ? "" : reader;
    }

    /** Newest first. */
    public StatementQuery(String theme, String route, String country, String status, Long placeId) {
        this(theme, route, country, status, placeId, null, null);
    }

    public static StatementQuery ofPlace(long placeId) {
        return new StatementQuery(null, null, null, null, placeId);
    }

    /**
     * The SQL condition on a statement table for these filters (theme, status, city; route and country are
     * applied with the directory's places) and for what the reader may see; fills in its parameters.
     */
    /** The order on a statement table ({@code need_statement}, {@code offer_statement}), ties broken by id. */
    String order(String table, java.util.Map<String, Object> params) {
        return switch (sort) {
            case NAME -> {
                params.put("lang", reader);
                yield ListSort.nameKey(ShownText.sql(table, "title", table + ".title")) + ", id";
            }
            case CHANGED -> "coalesce(updated_at, created_at) desc, id desc";
            case DATE, RELEVANCE -> "created_at desc, id desc";
        };
    }

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
