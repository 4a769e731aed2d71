package org.crossroads.commitments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.shared.web.ListSort;
import org.springframework.stereotype.Service;

/**
 * Builds a framework's report for a review (page, CSV, XLSX and PDF read the same report): statuses as they stood on
 * the review's last day and on the previous review's, in a few grouped statements whatever the number of pledges.
 */
@Service
public class FrameworkReports {

    private final FrameworkStore frameworks;
    private final PledgeStore store;
    private final Pledges pledges;

    FrameworkReports(FrameworkStore frameworks, PledgeStore store, Pledges pledges) {
        this.frameworks = frameworks;
        this.store = store;
        this.pledges = pledges;
    }

    /** The report, when the framework reports to this review; rows with a changed status first. */
    public Optional<FrameworkReport> report(long frameworkId, long cycleId, Optional<Editor> reader) {
        return report(frameworkId, cycleId, reader, 0, Integer.MAX_VALUE);
    }

    /**
     * The report with only some of its rows (those from {@code offset}, at most {@code limit}), for a page: the rows are
     * ordered and counted over the whole report, but only those asked are read in full.
     */
    public Optional<FrameworkReport> report(long frameworkId, long cycleId, Optional<Editor> reader, int offset,
            int limit) {
        Optional<Framework> found = frameworks.find(frameworkId);
        if (found.isEmpty() || !found.get().cycleIds().contains(cycleId)) {
            return Optional.empty();
        }
        Framework f = found.get();
        List<ReviewCycle> cycles = frameworks.cycles(f.cycleIds()).stream().sorted(Comparator.comparing(ReviewCycle::asOf))
                .toList();
        ReviewCycle cycle = cycles.stream().filter(c -> c.id() == cycleId).findFirst().orElseThrow();
        int index = cycles.indexOf(cycle);
        ReviewCycle previous = index > 0 ? cycles.get(index - 1) : null;
        LocalDate asOf = cycle.asOf();
        LocalDate before = previous == null ? null : previous.asOf();
        List<LocalDate> days = before == null ? List.of(asOf) : List.of(asOf, before);
        // every pledge's status at both reviews in one statement: the rows and the figures (restricted ones counted)
        PledgeStore.Statuses statuses = store.statusesAsOf(frameworkId, days);
        Map<Long, PledgeStatus> now = statuses.byDay().get(asOf);
        Map<Long, PledgeStatus> then = before == null ? Map.of() : statuses.byDay().get(before);
        // the pledges the reader may see in name order, those made after this review left out; the changed ones first
        List<Long> ordered = new ArrayList<>();
        for (long id : pledges.ids(PledgeQuery.ofFramework(frameworkId), reader, ListSort.NAME, "en")) {
            if (now.containsKey(id)) {
                ordered.add(id);
            }
        }
        ordered.sort(Comparator.comparing((Long id) -> now.get(id) == then.get(id)));
        long changed = ordered.stream().filter(id -> now.get(id) != then.get(id)).count();
        List<Long> shown = ordered.subList(Math.min(ordered.size(), Math.max(0, offset)),
                (int) Math.min(ordered.size(), Math.max(0, offset) + (long) limit));
        Map<Long, Pledge> read = store.findAll(shown);
        Map<Long, PledgeStore.PeriodChange> latest = store.latestChangesBetween(frameworkId, shown, before, asOf);
        List<FrameworkReport.Row> rows = new ArrayList<>();
        for (long id : shown) {
            PledgeStore.PeriodChange c = latest.get(id);
            rows.add(new FrameworkReport.Row(read.get(id), now.get(id), then.get(id), c == null ? null
                    : new FrameworkReport.Latest(c.status(), c.on(), c.language(), c.note(), c.translations(), c.evidence(),
                            c.roundId() != null)));
        }
        return Optional.of(new FrameworkReport(f, cycle, previous, pledges.figures(statuses.counts(asOf), reader),
                before == null ? null : pledges.figures(statuses.counts(before), reader), rows, ordered.size(), changed));
    }
}
