package org.crossroads.network.web;

import java.util.List;
import java.util.Optional;
import org.crossroads.network.CooperationNetwork;
import org.crossroads.network.NetworkSnapshot;
import org.crossroads.network.Tie;
import org.crossroads.network.YearComparison;
import org.crossroads.shared.web.BadParameterException;

/**
 * How the cooperation graph changed between two years, for the changes page and the API: the comparison of
 * {@link CooperationNetwork#compare} (cities whose degree or connectedness changed, ties and groups in both
 * years) with the ties that started and those that ended in between. Years without ties, or {@code from}
 * not before {@code to}, are refused naming the field.
 *
 * @param started ties active in {@code to} and not in {@code from}
 * @param ended ties active in {@code from} and not in {@code to}
 */
public record YearChanges(YearComparison comparison, List<Tie> started, List<Tie> ended) {

    public YearChanges {
        started = List.copyOf(started);
        ended = List.copyOf(ended);
    }

    /** The comparison, or empty while the first graph is being computed. */
    public static Optional<YearChanges> between(CooperationNetwork network, int from, int to) {
        Optional<NetworkSnapshot> latest = network.latest();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        NetworkSnapshot snapshot = latest.get();
        check(snapshot, "from", from);
        check(snapshot, "to", to);
        if (from >= to) {
            throw new BadParameterException("to", "to (" + to + ") must be a later year than from (" + from + ")");
        }
        YearComparison comparison = network.compare(from, to)
                .orElseThrow(() -> new BadParameterException("from", "The graph was recomputed without year " + from));
        List<Tie> started = snapshot.ties().stream().filter(t -> t.activeIn(to) && !t.activeIn(from)).toList();
        List<Tie> ended = snapshot.ties().stream().filter(t -> t.activeIn(from) && !t.activeIn(to)).toList();
        return Optional.of(new YearChanges(comparison, started, ended));
    }

    private static void check(NetworkSnapshot snapshot, String field, int year) {
        if (!snapshot.years().containsKey(year)) {
            throw new BadParameterException(field, snapshot.years().isEmpty() ? "No year has ties yet"
                    : field + " must be a year with ties: " + snapshot.years().firstKey() + " to " + snapshot.years().lastKey());
        }
    }
}
