package org.crossroads.commitments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crossroads.shared.statistics.ProtectedTable;
import org.crossroads.shared.statistics.SmallCellSuppression;
import org.crossroads.shared.statistics.SmallCellSuppression.Why;

/**
 * Pledges by status as the public may see them: restricted pledges are counted without being named, through the
 * platform's one small-count rule. The restricted counts by status and their total are one protected table (a small
 * one is "&lt;5", a second one hidden beside it so the total does not give it away); a status's figure is its public
 * pledges plus its restricted ones, so it is hidden whenever its restricted part is (it is derived from it: the
 * listed public pledges would give the hidden part away).
 *
 * @param rows one per status, in the order of {@link PledgeStatus}
 * @param total every pledge counted, protected like the rows
 */
public record StatusFigures(List<Row> rows, Figure total, Figure restrictedTotal) {

    /** A figure and, when hidden, why: {@link Why#SMALL} ones read "&lt;N". */
    public record Figure(long value, Why why) {

        public boolean shown() {
            return why == null;
        }

        /** The value, or null when hidden (the API's form). */
        public Long orNull() {
            return why == null ? value : null;
        }
    }

    /** A status's figures: all its pledges, the public ones alone (always shown: they are listed anyway). */
    public record Row(PledgeStatus status, Figure all, long named, Figure unnamed) {}

    /**
     * @param counts status → {public count, restricted count}
     * @param exact the reader's scope holds every party (administrators): figures are not hidden
     */
    static StatusFigures of(Map<PledgeStatus, long[]> counts, SmallCellSuppression rule, boolean exact) {
        ProtectedTable<String> table = rule.table();
        long restrictedTotal = 0;
        long publicTotal = 0;
        List<String> parts = new ArrayList<>();
        for (PledgeStatus s : PledgeStatus.values()) {
            long[] c = counts.getOrDefault(s, new long[2]);
            table.figure(s.code(), BigDecimal.valueOf(c[1]), true, true);
            parts.add(s.code());
            restrictedTotal += c[1];
            publicTotal += c[0];
        }
        table.figure("total", BigDecimal.valueOf(restrictedTotal), true, true);
        table.sum("total", parts, true);
        Map<String, Why> hidden = exact ? Map.of() : table.protect();
        List<Row> rows = new ArrayList<>();
        for (PledgeStatus s : PledgeStatus.values()) {
            long[] c = counts.getOrDefault(s, new long[2]);
            Why why = hidden.get(s.code());
            rows.add(new Row(s, new Figure(c[0] + c[1], rule.derived(why)), c[0], new Figure(c[1], why)));
        }
        Why totalWhy = hidden.get("total");
        return new StatusFigures(rows, new Figure(publicTotal + restrictedTotal, rule.derived(totalWhy)),
                new Figure(restrictedTotal, totalWhy));
    }

    public Row row(PledgeStatus status) {
        return rows.stream().filter(r -> r.status() == status).findFirst().orElseThrow();
    }
}
