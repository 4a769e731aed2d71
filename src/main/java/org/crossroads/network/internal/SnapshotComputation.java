package org.crossroads.network.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;
import org.crossroads.network.GraphView;
import org.crossroads.network.NetworkSettings;
import org.crossroads.network.NetworkSnapshot;
import org.crossroads.network.Tie;
import org.springframework.stereotype.Component;

/** Reads the records and computes a whole snapshot: the view of every tie and one view per year. */
@Component
public class SnapshotComputation {

    private final TieSources sources;
    private final NetworkSettings settings;
    private final Clock clock = Clock.systemUTC();

    SnapshotComputation(TieSources sources, NetworkSettings settings) {
        this.sources = sources;
        this.settings = settings;
    }

    public NetworkSnapshot compute() {
        Instant start = clock.instant();
        GraphInput input = sources.read();
        GraphView all = ViewComputation.compute(input, null);
        int current = LocalDate.now(clock).getYear();
        int first = input.ties().stream().map(Tie::since).filter(d -> d != null).mapToInt(LocalDate::getYear).min().orElse(current);
        first = Math.max(Math.min(first, current), current - settings.years() + 1);
        SortedMap<Integer, GraphView> years = new TreeMap<>();
        for (int year = first; year <= current; year++) {
            years.put(year, ViewComputation.compute(input, year));
        }
        return new NetworkSnapshot(start, Duration.between(start, clock.instant()), input.nodes(), input.ties(), all, years);
    }
}
