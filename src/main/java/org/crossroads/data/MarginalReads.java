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
 * indicator, so it runs on the table's primary key, its place index or the covering index of places and
 * periods (V42).
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
    private final PlaceOrders orders;

    MarginalReads(JdbcClient jdbc, PlaceOrders orders) {
        this.jdbc = jdbc;
        this.orders = orders;
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

    /** A page of the places with a figure this reader may see, by name (the order is kept until the next import). */
    List<Long> places(Collection<Long> indicatorIds, Collection<String> periods, Collection<String> dimensions,
            DataAccess.ConfidentialView view, int limit, int offset) {
        PlaceOrders.Key key = new PlaceOrders.Key(indicatorIds.stream().sorted().toList(), periods.stream().sorted().toList(),
                dimensions.stream().sorted().toList(), view.signedIn(), view.everyPlace(),
                view.places().stream().sorted().toList());
        // the places with figures first, from the covering index alone; then their names one by one (a few
        // thousand at most) rather than a pass over the whole gazetteer
        return orders.page(key, () -> jdbc.sql("""
                with ids as materialized (
                  select distinct m.place_id from data_marginal m
                  where m.indicator_id = any(:i) and m.dimension = any(:d) PERIODS and VISIBLE)
                select p.id from ids cross join lateral (select id, name, country_code from place where id = ids.place_id offset 0) p
                order by p.name, p.country_code, p.id"""
                .replace("PERIODS", periods.isEmpty() ? "" : "and m.period = any(:t)").replace("VISIBLE", VISIBLE))
                .params(filters(indicatorIds, List.of(), periods, dimensions)).params(visibility(view))
                .query(Long.class).list(), limit, offset);
    }

    /**
     * The places with a figure this reader may see, in no particular order, at most {@code max} (a form
     * lists them only when there are few): from the covering index alone.
     */
    List<Long> placeIds(Collection<Long> indicatorIds, Collection<String> periods, Collection<String> dimensions,
            DataAccess.ConfidentialView view, int max) {
        return jdbc.sql("""
                select distinct m.place_id from data_marginal m
                where m.indicator_id = any(:i) and m.dimension = any(:d) PERIODS and VISIBLE limit :max"""
                .replace("PERIODS", periods.isEmpty() ? "" : "and m.period = any(:t)").replace("VISIBLE", VISIBLE))
                .params(filters(indicatorIds, List.of(), periods, dimensions)).params(visibility(view))
                .param("max", max).query(Long.class).list();
    }

    /** The periods with a figure this reader may see, oldest first; of the given places, or of any when empty. */
    List<String> periods(Collection<Long> indicatorIds, Collection<Long> placeIds, Collection<String> dimensions,
            DataAccess.ConfidentialView view) {
        java.util.Set<String> periods = new java.util.HashSet<>();
        if (!placeIds.isEmpty()) {
            periods.addAll(jdbc.sql("""
                    select distinct m.period from data_marginal m
                    where m.indicator_id = any(:i) and m.dimension = any(:d) and m.place_id = any(:p) and VISIBLE"""
                    .replace("VISIBLE", VISIBLE))
                    .params(filters(indicatorIds, placeIds, List.of(), dimensions)).params(visibility(view))
                    .query(String.class).list());
        } else {
            // a handful of periods among millions of rows: skip from one period to the next on the index, then
            // check that the reader sees something in it
            for (Long indicatorId : indicatorIds) {
                periods.addAll(jdbc.sql("""
                        with recursive p(period) as (
                          (select period from data_marginal where indicator_id = :i order by period limit 1)
                          union all
                          select (select m.period from data_marginal m where m.indicator_id = :i and m.period > p.period
                                  order by m.period limit 1) from p where p.period is not null)
                        select p.period from p where p.period is not null and exists (
                          select 1 from data_marginal m where m.indicator_id = :i and m.period = p.period
                            and m.dimension = any(:d) and VISIBLE)""".replace("VISIBLE", VISIBLE))
                        .param("i", indicatorId).param("d", dimensions.toArray(String[]::new)).params(visibility(view))
                        .query(String.class).list());
            }
        }
        List<String> sorted = new java.util.ArrayList<>(periods);
        sorted.sort(java.util.Comparator.comparing((String p) -> Period.parse(p).map(Period::start).orElse(LocalDate.MIN))
                .thenComparing(String::length).thenComparing(p -> p));
        return sorted;
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
