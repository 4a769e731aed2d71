package org.crossroads.learning.capabilities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The aggregates behind the capability trends and heat map, computed in PostgreSQL. Averages are rounded
 * to two decimals; in network figures every city weighs the same (the mean of the cities' own averages).
 */
@Repository
class CapabilityFigures {

    static final List<String> LEVELS = List.of("individual", "institutional", "collective");

    private static final String SCORES = """
            from capability_assessment a
                 join capability_score s on s.assessment_id = a.id
                 join capability_indicator i on i.id = s.indicator_id
                 join capability c on c.id = i.capability_id
            """;
    private static final String PLACES = " and (cast(:all as boolean) or a.place_id = any(:ids))";

    private final JdbcClient jdbc;
    private final CapabilityFrameworks frameworks;

    CapabilityFigures(JdbcClient jdbc, CapabilityFrameworks frameworks) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
    }

    CapabilityTrend trend(long placeId, long frameworkId) {
        record Row(String period, String kind, String key, double average, int count) {}
        List<Row> rows = jdbc.sql("""
                select a.period,
                       case when grouping(i.code) = 0 then 'indicator' when grouping(c.code) = 0 then 'capability'
                            else 'level' end,
                       coalesce(i.code, c.code, i.level), round(avg(s.score), 2), count(*)
                """ + SCORES + """
                where a.place_id = :p and a.framework_id = :f
                group by grouping sets ((a.period, c.code), (a.period, i.level), (a.period, i.code))""")
                .param("p", placeId).param("f", frameworkId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getInt(5)))
                .list();
        Order order = order(frameworkId);
        Map<String, List<Row>> byPeriod = new LinkedHashMap<>();
        rows.stream().sorted((x, y) -> Periods.ORDER.compare(x.period(), y.period()))
                .forEach(r -> byPeriod.computeIfAbsent(r.period(), p -> new ArrayList<>()).add(r));
        List<CapabilityTrend.Period> periods = new ArrayList<>();
        byPeriod.forEach((period, list) -> {
            List<CapabilityAverage> capabilities = new ArrayList<>();
            List<CapabilityAverage> levels = new ArrayList<>();
            List<CapabilityAverage> indicators = new ArrayList<>();
            for (Row r : list) {
                CapabilityAverage average = new CapabilityAverage(r.key(), r.average(), r.count());
                switch (r.kind()) {
                    case "capability" -> capabilities.add(average);
                    case "level" -> levels.add(average);
                    default -> indicators.add(average);
                }
            }
            periods.add(new CapabilityTrend.Period(period, order.capabilities(capabilities), order.levels(levels),
                    order.indicators(indicators)));
        });
        return new CapabilityTrend(placeId, frameworkId, periods);
    }

    NetworkCapabilityTrend networkTrend(long frameworkId, Collection<Long> placeIds) {
        record Row(String period, String capability, double average, int cities) {}
        List<Row> rows = jdbc.sql("""
                with city as (
                    select a.period, a.place_id, c.code, avg(s.score) as average
                """ + SCORES + """
                    where a.framework_id = :f""" + PLACES + """
                    group by a.period, a.place_id, c.code)
                select period, code, coalesce(round(avg(average), 2), 0), count(distinct place_id)
                from city group by grouping sets ((period, code), (period))""")
                .param("f", frameworkId).param("all", placeIds == null).param("ids", ids(placeIds))
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getInt(4))).list();
        Order order = order(frameworkId);
        Map<String, Integer> cities = new LinkedHashMap<>();
        Map<String, List<CapabilityAverage>> averages = new LinkedHashMap<>();
        rows.stream().sorted((x, y) -> Periods.ORDER.compare(x.period(), y.period())).forEach(r -> {
            if (r.capability() == null) {
                cities.put(r.period(), r.cities());
            } else {
                averages.computeIfAbsent(r.period(), p -> new ArrayList<>())
                        .add(new CapabilityAverage(r.capability(), r.average(), r.cities()));
            }
        });
        List<NetworkCapabilityTrend.Period> periods = new ArrayList<>();
        cities.forEach((period, count) -> periods.add(new NetworkCapabilityTrend.Period(period, count,
                order.capabilities(averages.getOrDefault(period, List.of())))));
        return new NetworkCapabilityTrend(frameworkId, periods);
    }

    CapabilityHeatMap heatMap(long frameworkId, Collection<Long> placeIds) {
        String latest = """
                with latest as (
                    select distinct on (a.place_id) a.id, a.place_id, a.period from capability_assessment a
                    where a.framework_id = :f""" + PLACES + """
                    order by a.place_id, """ + Periods.orderByLatestFirst("a.period") + ")\n";
        List<CapabilityHeatMap.CityPeriod> basis = jdbc.sql(latest + "select place_id, period from latest order by place_id")
                .param("f", frameworkId).param("all", placeIds == null).param("ids", ids(placeIds))
                .query((rs, n) -> new CapabilityHeatMap.CityPeriod(rs.getLong(1), rs.getString(2))).list();
        List<CapabilityHeatMap.Cell> cells = jdbc.sql(latest + """
                , city as (
                    select l.place_id, c.code, i.level, avg(s.score) as average
                    from latest l join capability_score s on s.assessment_id = l.id
                         join capability_indicator i on i.id = s.indicator_id
                         join capability c on c.id = i.capability_id
                    group by l.place_id, c.code, i.level)
                select code, level, round(avg(average), 2), count(*) from city group by code, level""")
                .param("f", frameworkId).param("all", placeIds == null).param("ids", ids(placeIds))
                .query((rs, n) -> new CapabilityHeatMap.Cell(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getInt(4)))
                .list();
        Order order = order(frameworkId);
        List<CapabilityHeatMap.Cell> sorted = new ArrayList<>(cells);
        sorted.sort((x, y) -> x.capability().equals(y.capability())
                ? Integer.compare(LEVELS.indexOf(x.level()), LEVELS.indexOf(y.level()))
                : Integer.compare(order.capabilityIndex(x.capability()), order.capabilityIndex(y.capability())));
        return new CapabilityHeatMap(frameworkId, basis, sorted);
    }

    private static Long[] ids(Collection<Long> placeIds) {
        return placeIds == null ? new Long[0] : placeIds.toArray(Long[]::new);
    }

    private Order order(long frameworkId) {
        Optional<CapabilityFramework> framework = frameworks.find(frameworkId);
        List<String> capabilities = framework.map(f -> f.capabilities().stream().map(CapabilityFramework.Capability::code)
                .toList()).orElse(List.of());
        List<String> indicators = framework.map(f -> f.indicators().stream().map(CapabilityFramework.CapabilityIndicator::code)
                .toList()).orElse(List.of());
        return new Order(capabilities, indicators);
    }

    /** Sorts averages as the framework lists its capabilities and indicators, levels from individual to collective. */
    private record Order(List<String> capabilityCodes, List<String> indicatorCodes) {

        int capabilityIndex(String code) {
            return capabilityCodes.indexOf(code);
        }

        List<CapabilityAverage> capabilities(List<CapabilityAverage> averages) {
            return sorted(averages, capabilityCodes);
        }

        List<CapabilityAverage> levels(List<CapabilityAverage> averages) {
            return sorted(averages, LEVELS);
        }

        List<CapabilityAverage> indicators(List<CapabilityAverage> averages) {
            return sorted(averages, indicatorCodes);
        }

        private static List<CapabilityAverage> sorted(List<CapabilityAverage> averages, List<String> order) {
            List<CapabilityAverage> copy = new ArrayList<>(averages);
            copy.sort((x, y) -> Integer.compare(order.indexOf(x.key()), order.indexOf(y.key())));
            return List.copyOf(copy);
        }
    }
}
