package org.crossroads.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refreshes the pre-aggregated marginals that analytics read ({@code data_marginal}): per indicator,
 * place and period, the total and each category of each dimension. A value given for exactly that
 * category (or the total) is taken as it is; otherwise, for indicators that sum or average, the finest
 * breakdown given is aggregated (a total only when every finest cell is broken down by the same
 * dimensions, so that breakdowns by different dimensions are never added up). The strictest
 * confidentiality of the cells behind a figure goes with it.
 *
 * <p>The values are read once in key order and grouped here; the marginals are written with COPY. The
 * same work as window functions in SQL took several times longer on large batches (docs/benchmarks.md).
 */
@Component
class Marginals {

    private static final int FETCH_SIZE = 10_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final DataSource dataSource;
    private final PlaceOrders placeOrders;

    Marginals(JdbcClient jdbc, DataSource dataSource, PlaceOrders placeOrders) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.placeOrders = placeOrders;
        this.streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(FETCH_SIZE);
    }

    /** A stored value as the marginals need it. */
    record Cell(String combination, BigDecimal value, String confidentiality) {}

    /** One figure of {@code data_marginal}. */
    record Marginal(String dimension, String category, BigDecimal value, int cells, String confidentiality) {}

    /**
     * Recomputes the marginals of the given indicators and places, for the given periods (every period when
     * empty). Runs in the caller's transaction.
     */
    void refresh(Collection<Long> indicatorIds, Collection<Long> placeIds, Collection<String> periods) {
        if (indicatorIds.isEmpty() || placeIds.isEmpty()) {
            return;
        }
        Long[] indicators = indicatorIds.toArray(Long[]::new);
        Long[] places = placeIds.toArray(Long[]::new);
        String[] periodList = periods.toArray(String[]::new);
        String periodFilter = periodList.length == 0 ? "" : " and period = any(:t)";
        jdbc.sql("delete from data_marginal where indicator_id = any(:i) and place_id = any(:p)" + periodFilter)
                .param("i", indicators).param("p", places).param("t", periodList).update();
        Map<Long, String> aggregation = new LinkedHashMap<>();
        jdbc.sql("select id, aggregation from indicator where id = any(:i)").param("i", indicators)
                .query(rs -> {
                    aggregation.put(rs.getLong(1), rs.getString(2));
                });
        CsvCopy csv = new CsvCopy(dataSource, "copy data_marginal (indicator_id, place_id, period, period_start, dimension,"
                + " category, value, cells, confidentiality) from stdin (format csv)");
        Group[] group = {null};
        streaming.query(connection -> {
            var statement = connection.prepareStatement("select indicator_id, place_id, period, period_start, combination, value,"
                    + " confidentiality from data_value where indicator_id = any(?) and place_id = any(?)"
                    + periodFilter.replace(":t", "?") + " order by indicator_id, place_id, period");
            statement.setArray(1, connection.createArrayOf("bigint", indicators));
            statement.setArray(2, connection.createArrayOf("bigint", places));
            if (periodList.length > 0) {
                statement.setArray(3, connection.createArrayOf("text", periodList));
            }
            statement.setFetchSize(FETCH_SIZE);
            return statement;
        }, rs -> {
            long indicatorId = rs.getLong(1);
            long placeId = rs.getLong(2);
            String period = rs.getString(3);
            if (group[0] == null || !group[0].holds(indicatorId, placeId, period)) {
                flush(group[0], aggregation, csv);
                group[0] = new Group(indicatorId, placeId, period, rs.getObject(4, LocalDate.class), new ArrayList<>());
            }
            group[0].cells().add(new Cell(rs.getString(5), rs.getBigDecimal(6), rs.getString(7)));
        });
        flush(group[0], aggregation, csv);
        int written = csv.finish();
        placeOrders.forgetAfterCommit();
        Statistics.refreshIfGrown(jdbc, "data_marginal", written);
    }

    private record Group(long indicatorId, long placeId, String period, LocalDate start, List<Cell> cells) {

        boolean holds(long indicator, long place, String p) {
            return indicatorId == indicator && placeId == place && period.equals(p);
        }
    }

    private static void flush(Group group, Map<Long, String> aggregation, CsvCopy csv) {
        if (group == null) {
            return;
        }
        for (Marginal m : of(group.cells(), aggregation.getOrDefault(group.indicatorId(), "none"))) {
            csv.row().append(group.indicatorId()).append(',').append(group.placeId()).append(',')
               .append(CsvCopy.quote(group.period())).append(',').append(group.start()).append(',')
               .append(CsvCopy.quote(m.dimension())).append(',').append(CsvCopy.quote(m.category())).append(',')
               .append(m.value().toPlainString()).append(',').append(m.cells())
               .append(',').append(m.confidentiality());
            csv.endRow();
        }
    }

    /** The marginals of one indicator, place and period from its stored cells. */
    static List<Marginal> of(List<Cell> cells, String aggregation) {
        Map<String, Marginal> result = new LinkedHashMap<>();
        int deepest = 0;
        for (Cell c : cells) {
            int depth = depth(c.combination());
            if (depth <= 1) {
                String[] pair = pair(c.combination());
                result.put(pair[0] + "=" + pair[1], new Marginal(pair[0], pair[1], c.value(), 1, c.confidentiality()));
            }
            deepest = Math.max(deepest, depth);
        }
        if ("none".equals(aggregation) || deepest == 0) {
            return List.copyOf(result.values());
        }
        Map<String, Accumulator> sums = new LinkedHashMap<>();
        String keys = null;
        boolean sameKeys = true;
        for (Cell c : cells) {
            if (depth(c.combination()) != deepest) {
                continue;
            }
            String cellKeys = keys(c.combination());
            sameKeys &= keys == null || keys.equals(cellKeys);
            keys = keys == null ? cellKeys : keys;
            if (deepest > 1) {
                for (String part : c.combination().split("\\|")) {
                    sums.computeIfAbsent(part, k -> new Accumulator()).add(c);
                }
            }
            if ("sum".equals(aggregation)) {
                sums.computeIfAbsent("=", k -> new Accumulator()).add(c);
            }
        }
        if (!sameKeys) {
            sums.remove("=");
        }
        sums.forEach((key, sum) -> {
            String[] pair = pair(key.equals("=") ? "" : key);
            result.putIfAbsent(pair[0] + "=" + pair[1], new Marginal(pair[0], pair[1], sum.value(aggregation), sum.cells,
                    Confidentiality.name(sum.level)));
        });
        return List.copyOf(result.values());
    }

    private static final class Accumulator {
        private BigDecimal sum = BigDecimal.ZERO;
        private int cells;
        private int level;

        void add(Cell c) {
            sum = sum.add(c.value());
            cells++;
            level = Math.max(level, Confidentiality.level(c.confidentiality()));
        }

        BigDecimal value(String aggregation) {
            return "sum".equals(aggregation) ? sum : sum.divide(BigDecimal.valueOf(cells), MathContext.DECIMAL64);
        }
    }

    private static int depth(String combination) {
        if (combination.isEmpty()) {
            return 0;
        }
        int depth = 1;
        for (int i = 0; i < combination.length(); i++) {
            if (combination.charAt(i) == '|') {
                depth++;
            }
        }
        return depth;
    }

    /** "age_group=15_24|sex=female" gives "age_group|sex". */
    private static String keys(String combination) {
        StringBuilder keys = new StringBuilder();
        for (String part : combination.split("\\|")) {
            if (!keys.isEmpty()) {
                keys.append('|');
            }
            int eq = part.indexOf('=');
            keys.append(eq < 0 ? part : part.substring(0, eq));
        }
        return keys.toString();
    }

    private static String[] pair(String part) {
        int eq = part.indexOf('=');
        return eq < 0 ? new String[] {part, ""} : new String[] {part.substring(0, eq), part.substring(eq + 1)};
    }
}
