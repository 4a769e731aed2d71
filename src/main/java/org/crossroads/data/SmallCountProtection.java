package org.crossroads.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.crossroads.shared.statistics.ProtectedTable;
import org.crossroads.shared.statistics.SmallCellSuppression;
import org.crossroads.shared.statistics.SmallCellSuppression.Why;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Works out which figures of an indicator at a place are hidden from readers not entitled to the place's
 * confidential view, and stores it ({@code data_hidden}, {@code data_protected}) for every output to read
 * (decision 0007). One table per indicator and place: every stored value and every marginal the analytics
 * show, in every period, linked by the relations a reader can use — a total is the sum of each breakdown,
 * a category the sum of the cells under it, a year the sum of its quarters and months, a quarter the sum
 * of its months (for indicators that sum, and only where the stored figures agree). The table is protected
 * as a whole by {@link ProtectedTable}, once for readers not signed in (they see public values) and once
 * for signed-in readers (they also see restricted ones). A computed value is hidden when any input it is
 * computed from is hidden from the same readers ({@link Why#DERIVED}).
 */
@Component
class SmallCountProtection {

    /** Who a decision is for: the levels of confidentiality those readers see. */
    enum Readers {
        PUBLIC(Set.of("public")), MEMBERS(Set.of("public", "restricted"));

        private final Set<String> levels;

        Readers(Set<String> levels) {
            this.levels = levels;
        }

        boolean sees(String confidentiality) {
            return levels.contains(confidentiality);
        }
    }

    /** A figure of one indicator at one place. */
    record Node(String period, String combination) {}

    private record Stored(long indicatorId, long placeId, String period, LocalDate start, String combination,
            BigDecimal value, String confidentiality) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final DataCatalogue catalogue;
    private final SmallCellSuppression rule;

    SmallCountProtection(JdbcClient jdbc, DataSource dataSource, DataCatalogue catalogue, DataSettings settings) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(10_000);
        this.catalogue = catalogue;
        this.rule = new SmallCellSuppression(settings.smallCountThreshold());
    }

    int threshold() {
        return rule.threshold();
    }

    /**
     * Works out and stores the protection of the given indicators at the given places, over all their
     * periods, and of the computed indicators fed by them. Runs in the caller's transaction.
     */
    void protect(Collection<Long> indicatorIds, Collection<Long> placeIds) {
        if (indicatorIds.isEmpty() || placeIds.isEmpty()) {
            return;
        }
        // one protection at a time (an import and the backfill may meet on the same tables)
        jdbc.sql("select pg_advisory_xact_lock(7007)").query(rs -> { });
        Map<Long, Indicator> indicators = catalogue.indicators().stream()
                .collect(Collectors.toMap(Indicator::id, Function.identity()));
        Map<String, Integer> categoryCounts = new HashMap<>();
        catalogue.dimensions().forEach(d -> categoryCounts.put(d.code(), d.categories().size()));
        // inputs before what is computed from them, following chains of computed indicators
        Set<Long> pending = new HashSet<>(indicatorIds);
        pending.addAll(computedFrom(indicatorIds));
        while (!pending.isEmpty()) {
            List<Long> ready = pending.stream().filter(id -> inputs(indicators.get(id), indicators).stream()
                    .noneMatch(pending::contains)).toList();
            if (ready.isEmpty()) {
                ready = List.copyOf(pending); // a cycle (the catalogue refuses them): protect what there is
            }
            protectNow(ready, placeIds, indicators, categoryCounts);
            ready.forEach(pending::remove);
        }
    }

    /** Works the protection of an indicator out again at every place with values of it (its type changed). */
    void protectEverywhere(long indicatorId) {
        List<Long> places = jdbc.sql("select distinct place_id from data_value where indicator_id = :i")
                .param("i", indicatorId).query(Long.class).list();
        protect(List.of(indicatorId), places);
    }

    private Set<Long> computedFrom(Collection<Long> ids) {
        Set<Long> all = new HashSet<>();
        Set<Long> frontier = new HashSet<>(ids);
        for (int depth = 0; depth < 10 && !frontier.isEmpty(); depth++) {
            Set<Long> next = new HashSet<>();
            catalogue.computedFrom(frontier).forEach(c -> {
                if (all.add(c.id())) {
                    next.add(c.id());
                }
            });
            frontier = next;
        }
        return all;
    }

    private static List<Long> inputs(Indicator indicator, Map<Long, Indicator> indicators) {
        if (indicator == null || !indicator.isComputed()) {
            return List.of();
        }
        Map<String, Long> byCode = new HashMap<>();
        indicators.values().forEach(i -> byCode.put(i.code(), i.id()));
        return Formula.parse(indicator.formula()).inputs().stream().map(byCode::get).filter(java.util.Objects::nonNull).toList();
    }

    private void protectNow(List<Long> ids, Collection<Long> placeIds, Map<Long, Indicator> indicators,
            Map<String, Integer> categoryCounts) {
        Long[] idArray = ids.toArray(Long[]::new);
        Long[] places = placeIds.toArray(Long[]::new);
        jdbc.sql("delete from data_hidden where indicator_id = any(:i) and place_id = any(:p)")
                .param("i", idArray).param("p", places).update();
        jdbc.sql("""
                insert into data_protected (indicator_id, place_id, threshold)
                select distinct indicator_id, place_id, :t from data_value where indicator_id = any(:i) and place_id = any(:p)
                on conflict (indicator_id, place_id) do update set threshold = excluded.threshold""")
                .param("t", rule.threshold()).param("i", idArray).param("p", places).update();
        Map<Long, Map<Readers, Set<Node>>> hiddenInputs = hiddenInputs(ids, places, indicators);
        List<Object[]> rows = new ArrayList<>();
        List<Stored> table = new ArrayList<>();
        streaming.query(connection -> {
            var statement = connection.prepareStatement("""
                    select indicator_id, place_id, period, period_start, combination, value, confidentiality from data_value
                    where indicator_id = any(?) and place_id = any(?) order by indicator_id, place_id""");
            statement.setArray(1, connection.createArrayOf("bigint", idArray));
            statement.setArray(2, connection.createArrayOf("bigint", places));
            statement.setFetchSize(10_000);
            return statement;
        }, rs -> {
            Stored s = new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                    rs.getString(5), rs.getBigDecimal(6), rs.getString(7));
            if (!table.isEmpty() && (table.get(0).indicatorId() != s.indicatorId() || table.get(0).placeId() != s.placeId())) {
                rows.addAll(decide(table, indicators, categoryCounts, hiddenInputs));
                table.clear();
                flush(rows, false);
            }
            table.add(s);
        });
        if (!table.isEmpty()) {
            rows.addAll(decide(table, indicators, categoryCounts, hiddenInputs));
        }
        flush(rows, true);
    }

    private void flush(List<Object[]> rows, boolean all) {
        if (rows.isEmpty() || !all && rows.size() < 5_000) {
            return;
        }
        streaming.batchUpdate("""
                insert into data_hidden (indicator_id, place_id, period, combination, public_why, member_why)
                values (?, ?, ?, ?, ?, ?)""", rows);
        rows.clear();
    }

    /**
     * For computed indicators: by indicator, place (as "place|period") and readers, the inputs' totals those
     * readers do not see (hidden, or above their confidentiality).
     */
    private Map<Long, Map<Readers, Set<Node>>> hiddenInputs(List<Long> ids, Long[] places, Map<Long, Indicator> indicators) {
        Map<Long, Map<Readers, Set<Node>>> byIndicator = new HashMap<>();
        for (Long id : ids) {
            List<Long> inputs = inputs(indicators.get(id), indicators);
            if (inputs.isEmpty()) {
                continue;
            }
            Map<Readers, Set<Node>> hidden = new HashMap<>();
            for (Readers r : Readers.values()) {
                hidden.put(r, new HashSet<>());
            }
            jdbc.sql("""
                    select v.place_id, v.period, v.confidentiality, h.public_why, h.member_why from data_value v
                    left join data_hidden h on h.indicator_id = v.indicator_id and h.place_id = v.place_id
                         and h.period = v.period and h.combination = v.combination
                    where v.indicator_id = any(:i) and v.place_id = any(:p) and v.combination = ''""")
                    .param("i", inputs.toArray(Long[]::new)).param("p", places).query(rs -> {
                        Node node = new Node(rs.getLong(1) + "|" + rs.getString(2), "");
                        String level = rs.getString(3);
                        if (!Readers.PUBLIC.sees(level) || rs.getString(4) != null) {
                            hidden.get(Readers.PUBLIC).add(node);
                        }
                        if (!Readers.MEMBERS.sees(level) || rs.getString(5) != null) {
                            hidden.get(Readers.MEMBERS).add(node);
                        }
                    });
            byIndicator.put(id, hidden);
        }
        return byIndicator;
    }

    /** The rows of {@code data_hidden} for one indicator at one place. */
    private List<Object[]> decide(List<Stored> stored, Map<Long, Indicator> indicators, Map<String, Integer> categoryCounts,
            Map<Long, Map<Readers, Set<Node>>> hiddenInputs) {
        Stored first = stored.get(0);
        Indicator indicator = indicators.get(first.indicatorId());
        // an indicator missing from the catalogue read is protected as a count that sums: fail closed
        boolean counts = indicator == null || "count".equals(indicator.valueType());
        String aggregation = indicator == null ? "sum" : indicator.aggregation();
        Map<Node, BigDecimal> values = new LinkedHashMap<>();
        Map<Node, String> levels = new HashMap<>();
        Map<String, List<Stored>> byPeriod = new TreeMap<>();
        stored.forEach(s -> byPeriod.computeIfAbsent(s.period(), p -> new ArrayList<>()).add(s));
        byPeriod.forEach((period, cells) -> {
            List<Marginals.Cell> marginalCells = cells.stream()
                    .map(s -> new Marginals.Cell(s.combination(), s.value(), s.confidentiality())).toList();
            for (Marginals.Marginal m : Marginals.of(marginalCells, aggregation)) {
                Node node = new Node(period, m.dimension().isEmpty() ? "" : m.dimension() + "=" + m.category());
                values.put(node, m.value());
                levels.put(node, m.confidentiality());
            }
            for (Stored s : cells) {
                Node node = new Node(period, s.combination());
                values.put(node, s.value());
                levels.put(node, s.confidentiality());
            }
        });
        Map<Readers, Map<Node, Why>> decisions = new HashMap<>();
        Map<Readers, Set<Node>> derivedFor = new HashMap<>();
        for (Readers readers : Readers.values()) {
            Set<Node> hiddenInput = hiddenInputs.getOrDefault(first.indicatorId(), Map.of()).get(readers);
            Set<Node> derived = new HashSet<>();
            if (hiddenInput != null) {
                values.keySet().stream().filter(n -> n.combination().isEmpty())
                        .filter(n -> hiddenInput.contains(new Node(first.placeId() + "|" + n.period(), "")))
                        .forEach(derived::add);
            }
            derivedFor.put(readers, derived);
        }
        // signed-in readers see what the public sees when the table has no restricted value: one audit for both
        boolean same = !levels.containsValue("restricted")
                && derivedFor.get(Readers.PUBLIC).equals(derivedFor.get(Readers.MEMBERS));
        for (Readers readers : Readers.values()) {
            if (same && readers == Readers.MEMBERS) {
                decisions.put(readers, decisions.get(Readers.PUBLIC));
                continue;
            }
            ProtectedTable<Node> table = rule.table();
            values.forEach((node, value) -> table.figure(node, value, counts, readers.sees(levels.get(node))));
            if ("sum".equals(aggregation)) {
                relate(table, values.keySet(), byPeriod, categoryCounts);
            }
            derivedFor.get(readers).forEach(table::derivedFromHidden);
            decisions.put(readers, table.protect());
        }
        List<Object[]> rows = new ArrayList<>();
        Set<Node> hidden = new TreeSet<>(java.util.Comparator.comparing(Node::period).thenComparing(Node::combination));
        decisions.values().forEach(d -> hidden.addAll(d.keySet()));
        for (Node node : hidden) {
            rows.add(new Object[] {first.indicatorId(), first.placeId(), node.period(), node.combination(),
                name(decisions.get(Readers.PUBLIC).get(node)), name(decisions.get(Readers.MEMBERS).get(node))});
        }
        return rows;
    }

    private static String name(Why why) {
        return why == null ? null : why.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Every sum a reader could form: breakdowns within a period, and periods within a longer one. */
    private static void relate(ProtectedTable<Node> table, Set<Node> nodes, Map<String, List<Stored>> byPeriod,
            Map<String, Integer> categoryCounts) {
        byPeriod.forEach((period, cells) -> {
            Map<Set<String>, List<Map<String, String>>> breakdowns = new LinkedHashMap<>();
            Set<String> seen = new HashSet<>();
            for (Node n : nodes) {
                if (n.period().equals(period) && !n.combination().isEmpty() && seen.add(n.combination())) {
                    Map<String, String> categories = DataValues.categories(n.combination());
                    breakdowns.computeIfAbsent(new TreeSet<>(categories.keySet()), d -> new ArrayList<>()).add(categories);
                }
            }
            breakdowns.forEach((dimensions, combinations) -> {
                List<String> ordered = List.copyOf(dimensions);
                // every proper subset of the dimensions, as a bit mask: those held fixed
                for (int fixed = 0; fixed < (1 << ordered.size()) - 1; fixed++) {
                    List<String> held = new ArrayList<>();
                    for (int d = 0; d < ordered.size(); d++) {
                        if ((fixed & (1 << d)) != 0) {
                            held.add(ordered.get(d));
                        }
                    }
                    Map<String, List<Node>> slices = new TreeMap<>();
                    for (Map<String, String> c : combinations) {
                        slices.computeIfAbsent(combination(c, held), k -> new ArrayList<>())
                                .add(new Node(period, combination(c, ordered)));
                    }
                    long expected = ordered.stream().filter(d -> !held.contains(d))
                            .mapToLong(d -> categoryCounts.getOrDefault(d, 0)).reduce(1, (a, b) -> a * b);
                    slices.forEach((combination, parts) -> {
                        Node total = new Node(period, combination);
                        if (table.has(total)) {
                            table.sum(total, parts, parts.size() == expected);
                        }
                    });
                }
            });
        });
        // periods: a year over its quarters and its months, a quarter over its months, for every figure
        for (Node n : nodes) {
            if (n.period().length() == 4) {
                List<Node> quarters = new ArrayList<>();
                List<Node> months = new ArrayList<>();
                for (int q = 1; q <= 4; q++) {
                    Node quarter = new Node(n.period() + "-Q" + q, n.combination());
                    if (table.has(quarter)) {
                        quarters.add(quarter);
                    }
                }
                for (int m = 1; m <= 12; m++) {
                    Node month = new Node(n.period() + "-" + (m < 10 ? "0" : "") + m, n.combination());
                    if (table.has(month)) {
                        months.add(month);
                    }
                }
                table.sum(n, quarters, quarters.size() == 4);
                table.sum(n, months, months.size() == 12);
            } else if (n.period().contains("-Q")) {
                int q = n.period().charAt(n.period().length() - 1) - '0';
                List<Node> months = new ArrayList<>();
                for (int m = (q - 1) * 3 + 1; m <= q * 3; m++) {
                    Node month = new Node(n.period().substring(0, 4) + "-" + (m < 10 ? "0" : "") + m, n.combination());
                    if (table.has(month)) {
                        months.add(month);
                    }
                }
                table.sum(n, months, months.size() == 3);
            }
        }
    }

    /** The combination of the categories of the given dimensions, written as stored. */
    private static String combination(Map<String, String> categories, List<String> dimensions) {
        List<String> pairs = new ArrayList<>();
        new TreeMap<>(categories).forEach((d, c) -> {
            if (dimensions.contains(d)) {
                pairs.add(d + "=" + c);
            }
        });
        return String.join("|", pairs);
    }
}
