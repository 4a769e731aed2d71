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
        Optional<Framework> found = frameworks.find(frameworkId);
        if (found.isEmpty() || !found.get().cycleIds().contains(cycleId)) {
            return Optional.empty();
        }
        Framework f = found.get();
        List<ReviewCycle> cycles = f.cycleIds().stream().map(id -> frameworks.cycle(id).orElseThrow())
                .sorted(Comparator.comparing(ReviewCycle::asOf)).toList();
        ReviewCycle cycle = cycles.stream().filter(c -> c.id() == cycleId).findFirst().orElseThrow();
        int index = cycles.indexOf(cycle);
        ReviewCycle previous = index > 0 ? cycles.get(index - 1) : null;
        LocalDate asOf = cycle.asOf();
        LocalDate before = previous == null ? null : previous.asOf();
        Map<Long, PledgeStatus> now = store.statusesAsOf(frameworkId, asOf);
        Map<Long, PledgeStatus> then = before == null ? Map.of() : store.statusesAsOf(frameworkId, before);
        Map<Long, PledgeStore.PeriodChange> latest = store.latestChangesBetween(frameworkId, before, asOf);
        List<FrameworkReport.Row> rows = new ArrayList<>();
        for (Pledge p : pledges.search(PledgeQuery.ofFramework(frameworkId), reader, ListSort.NAME, "en",
                Integer.MAX_VALUE, 0)) {
            PledgeStatus status = now.get(p.id());
            if (status == null) {
                continue; // made after this review
            }
            PledgeStore.PeriodChange c = latest.get(p.id());
            rows.add(new FrameworkReport.Row(p, status, then.get(p.id()), c == null ? null
                    : new FrameworkReport.Latest(c.status(), c.on(), c.language(), c.note(), c.translations(), c.evidence(),
                            c.roundId() != null)));
        }
        rows.sort(Comparator.comparing((FrameworkReport.Row r) -> !r.changed()));
        PledgeQuery query = PledgeQuery.ofFramework(frameworkId);
        return Optional.of(new FrameworkReport(f, cycle, previous, pledges.figures(query, asOf, reader),
                previous == null ? null : pledges.figures(query, before, reader), rows,
                rows.stream().filter(FrameworkReport.Row::changed).count()));
    }
}
