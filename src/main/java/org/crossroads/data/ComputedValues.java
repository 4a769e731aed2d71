package org.crossroads.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Recomputes computed indicators (totals only) where their inputs changed: for every place and period
 * with a changed input, the formula over the inputs' totals, stored as a computed value with the
 * strictest confidentiality of its inputs; a result that can no longer be computed is removed.
 */
@Component
class ComputedValues {

    private final DataCatalogue catalogue;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ComputedValues(DataCatalogue catalogue, JdbcClient jdbc, JdbcTemplate batch) {
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** @return the computed indicators that changed (their ids), to refresh their marginals too */
    Set<Long> recompute(Collection<Long> changedIndicators, Collection<Long> places, String actor) {
        Set<Long> touched = new HashSet<>();
        Set<Long> frontier = new HashSet<>(changedIndicators);
        // computed indicators may feed others: follow the chain (cycles are refused in the catalogue)
        for (int depth = 0; depth < 10 && !frontier.isEmpty(); depth++) {
            Set<Long> next = new HashSet<>();
            for (Indicator computed : catalogue.computedFrom(frontier)) {
                recompute(computed, places, actor);
                touched.add(computed.id());
                next.add(computed.id());
            }
            frontier = next;
        }
        return touched;
    }

    private void recompute(Indicator computed, Collection<Long> places, String actor) {
        Formula formula = Formula.parse(computed.formula());
        Map<String, Long> inputIds = new HashMap<>();
        formula.inputs().forEach(code -> inputIds.put(code, catalogue.indicator(code).orElseThrow().id()));
        record Input(long placeId, String period, java.time.LocalDate start, long indicatorId, BigDecimal value, String confidentiality) {}
        List<Input> inputs = jdbc.sql("""
                select place_id, period, period_start, indicator_id, value, confidentiality from data_value
                where indicator_id = any(:i) and place_id = any(:p) and combination = ''""")
                .param("i", inputIds.values().toArray(Long[]::new)).param("p", places.toArray(Long[]::new))
                .query((rs, n) -> new Input(rs.getLong(1), rs.getString(2), rs.getObject(3, java.time.LocalDate.class),
                        rs.getLong(4), rs.getBigDecimal(5), rs.getString(6))).list();
        Map<String, List<Input>> byCell = new HashMap<>();
        inputs.forEach(in -> byCell.computeIfAbsent(in.placeId() + "|" + in.period(), k -> new ArrayList<>()).add(in));
        jdbc.sql("delete from data_value where indicator_id = :c and place_id = any(:p) and computed")
                .param("c", computed.id()).param("p", places.toArray(Long[]::new)).update();
        List<Object[]> rows = new ArrayList<>();
        for (List<Input> cell : byCell.values()) {
            Map<String, BigDecimal> values = new HashMap<>();
            inputIds.forEach((code, id) -> cell.stream().filter(in -> in.indicatorId() == id).findFirst()
                    .ifPresent(in -> values.put(code, in.value())));
            Optional<BigDecimal> result = formula.evaluate(values);
            if (result.isEmpty()) {
                continue;
            }
            String confidentiality = cell.stream().map(Input::confidentiality)
                    .max(java.util.Comparator.comparingInt(Confidentiality::level)).orElse("public");
            Input first = cell.get(0);
            rows.add(new Object[] {computed.id(), first.placeId(), first.period(), first.start(), result.get(),
                "= " + computed.formula(), confidentiality, actor});
        }
        // one round trip for all the places and periods of a batch, not one statement each
        batch.batchUpdate("""
                insert into data_value (indicator_id, place_id, period, period_start, combination, categories, value,
                    source, quality, confidentiality, computed, created_by)
                values (?, ?, ?, ?, '', '{}', ?, ?, 'estimate', ?, true, ?)
                on conflict (indicator_id, place_id, period, combination) do nothing""", rows);
    }
}
