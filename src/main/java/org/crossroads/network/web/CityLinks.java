package org.crossroads.network.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.crossroads.network.Tie;
import org.crossroads.network.TieKind;

/**
 * The ties between two nodes taken together, as the map and the graph view draw them: one line per pair,
 * with the kinds of its ties and the sum of their weights (so a twinning and a shared initiative between
 * Sfax and Tunis make one line, thicker than either). Strongest first.
 */
final class CityLinks {

    /** Ties between {@code a} and {@code b}, whatever their direction; {@code a} sorts before {@code b}. */
    record Link(String a, String b, Set<TieKind> kinds, int ties, double weight) {

        List<String> kindCodes() {
            return kinds.stream().map(TieKind::code).toList();
        }
    }

    private CityLinks() {
    }

    static List<Link> of(List<Tie> ties, Predicate<Tie> drawn) {
        Map<String, Link> links = new LinkedHashMap<>();
        for (Tie t : ties) {
            if (!drawn.test(t) || t.from().equals(t.to())) {
                continue;
            }
            String a = t.from().compareTo(t.to()) < 0 ? t.from() : t.to();
            String b = a.equals(t.from()) ? t.to() : t.from();
            links.merge(a + " " + b, new Link(a, b, EnumSet.of(t.kind()), 1, t.weight()), (x, y) -> {
                Set<TieKind> kinds = EnumSet.copyOf(x.kinds());
                kinds.addAll(y.kinds());
                return new Link(a, b, kinds, x.ties() + y.ties(), x.weight() + y.weight());
            });
        }
        List<Link> sorted = new ArrayList<>(links.values());
        sorted.sort(Comparator.comparingDouble(Link::weight).reversed().thenComparing(Link::a).thenComparing(Link::b));
        return sorted;
    }

    /** Only ties between two cities: the ones a map can draw (a membership joins a city to a network). */
    static boolean betweenCities(Tie t) {
        return t.from().startsWith("place:") && t.to().startsWith("place:");
    }

    /** Distinct neighbours of each node among the links. */
    static Map<String, Integer> degrees(List<Link> links) {
        Map<String, Integer> degree = new HashMap<>();
        for (Link l : links) {
            degree.merge(l.a(), 1, Integer::sum);
            degree.merge(l.b(), 1, Integer::sum);
        }
        return degree;
    }
}
