package org.crossroads.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the pre-aggregated marginals ({@code data_marginal}) for analytics: never the values
 * themselves, so that analytics stay fast however many values there are. Every query starts from an
 * indicator, so it runs on the table's primary key or its place index.
 */
@Repository
class MarginalReads {

    /** One row of {@code data_marginal}. */
    record Marginal(long indicatorId, long placeId, String period, LocalDate start, String dimension, String category,
            BigDecimal value, String confidentiality) {}

    /** What a reader may see, as SQL: public, restricted when signed in, confidential of the places covered. */
    private static final String VISIBLE = """
            (m.confidentiality = 'public' or (:signedIn and m.confidentiality = 'restricted')
             or :everyPlace or m.place_id = any(:covered))""";

    private final JdbcClient jdbc;

    MarginalReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param placeIds empty for every place
     * @param periods empty for every period
     * @param dimensions the dimensions to read, "" for totals
     */
    List<Marginal> find(Collection<Long> indicatorIds, Collection<Long> placeIds, Collection<String> periods,
            Collection<String> dimensions) {
        // only the filters that apply: a generic plan with "or the list is empty" would not use the indexes
        return jdbc.sql("""
                select m.indicator_id, m.place_id, m.period, m.period_start, m.dimension, m.category, m.value, m.confidentiality
                from data_marginal m where m.indicator_id = any(:i) and m.dimension = any(:d)"""
                + (placeIds.isEmpty() ? "" : " and m.place_id = any(:p)") + (periods.isEmpty() ? "" : " and m.period = any(:t)"))
                .params(filters(indicatorIds, placeIds, periods, dimensions))
                .query((rs, n) -> new Marginal(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getBigDecimal(7),
                        rs.getString(8))).list();
    }

    /** A page of the places with a figure this reader may see, by name. */
    List<Long> places(Collection<Long> indicatorIds, Collection<String> periods, Collection<String> dimensions,
            DataAccess.ConfidentialView view, int limit, int offset) {
        return jdbc.sql("""
                select p.id from place p
                where p.id in (select m.place_id from data_marginal m
                               where m.indicator_id = any(:i) and m.dimension = any(:d) PERIODS and VISIBLE)
                order by p.name, p.country_code, p.id limit :limit offset :offset"""
                .replace("PERIODS", periods.isEmpty() ? "" : "and m.period = any(:t)").replace("VISIBLE", VISIBLE))
                .params(filters(indicatorIds, List.of(), periods, dimensions)).params(visibility(view))
                .param("limit", limit).param("offset", offset).query(Long.class).list();
    }

    /** The periods with a figure this reader may see, oldest first; of the given places, or of any when empty. */
    List<String> periods(Collection<Long> indicatorIds, Collection<Long> placeIds, Collection<String> dimensions,
            DataAccess.ConfidentialView view) {
        return jdbc.sql("""
                select m.period from data_marginal m
                where m.indicator_id = any(:i) and m.dimension = any(:d) PLACES and VISIBLE
                group by m.period order by min(m.period_start), length(m.period), m.period"""
                .replace("PLACES", placeIds.isEmpty() ? "" : "and m.place_id = any(:p)").replace("VISIBLE", VISIBLE))
                .params(filters(indicatorIds, placeIds, List.of(), dimensions)).params(visibility(view))
                .query(String.class).list();
    }

    private static Map<String, Object> filters(Collection<Long> indicatorIds, Collection<Long> placeIds,
            Collection<String> periods, Collection<String> dimensions) {
        Map<String, Object> params = new HashMap<>();
        params.put("i", indicatorIds.toArray(Long[]::new));
        params.put("d", dimensions.toArray(String[]::new));
        if (!placeIds.isEmpty()) {
            params.put("p", placeIds.toArray(Long[]::new));
        }
        if (!periods.isEmpty()) {
            params.put("t", periods.toArray(String[]::new));
        }
        return params;
    }

    private static Map<String, Object> visibility(DataAccess.ConfidentialView view) {
        return Map.of("signedIn", view.signedIn(), "everyPlace", view.everyPlace(),
                "covered", view.places().toArray(Long[]::new));
    }
}
