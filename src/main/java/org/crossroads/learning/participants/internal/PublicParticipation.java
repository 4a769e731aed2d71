package org.crossroads.learning.participants.internal;

import org.crossroads.learning.internal.SmallCounts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.learning.participants.ParticipationStatistics;
import org.crossroads.learning.participants.ParticipationStatistics.CityEvent;
import org.crossroads.learning.participants.ParticipationStatistics.DiversityYear;
import org.crossroads.learning.participants.ParticipationStatistics.EventParticipation;
import org.crossroads.learning.internal.SmallCounts.Count;
import org.crossroads.shared.statistics.SmallCellSuppression.Why;
import org.springframework.stereotype.Component;

/**
 * Participation figures as every public output shows them (pages, CSV, PDF, API), so that no two outputs
 * protect the same count differently. An event's delegates, broken down by city (with those recorded
 * without one), gender and position, are the figures everything else is computed from: regions and city
 * roles add up cities, a city's timeline repeats its cell of each event, a network's year adds up events,
 * and continuity, turnover and their average divide returning delegates by delegates. Each computed figure
 * is shown only when every count it comes from is shown (the shared rule's {@code derived}), so it can
 * never give a hidden count away; the event's delegates and their own breakdowns are protected together by {@link SmallCounts#breakdowns}.
 */
@Component
public class PublicParticipation {

    /** The breakdowns protected as such; the others ({@link #FROM_CITIES}) follow from the city breakdown. */
    public static final List<String> PROTECTED = List.of("city", "gender", "position");
    public static final List<String> FROM_CITIES = List.of("region", "city_role");

    private final ParticipationStatistics statistics;
    private final SmallCounts counts;

    public PublicParticipation(ParticipationStatistics statistics, SmallCounts counts) {
        this.statistics = statistics;
        this.counts = counts;
    }

    /**
     * An event's participation as shown.
     *
     * @param breakdowns by dimension ("city" and {@link ParticipationStatistics#DIMENSIONS}); a withheld one is absent
     */
    public record EventFigures(EventParticipation participation, Count delegates, Count cities,
            Map<String, Map<String, Count>> breakdowns) {

        public boolean withheld(String dimension) {
            return !breakdowns.containsKey(dimension);
        }

        /** A cell as shown: zero when the category is empty, hidden (without a range) when the breakdown is withheld. */
        public Count cell(String dimension, String code) {
            int value = participation.breakdowns().getOrDefault(dimension, Map.of()).getOrDefault(code, 0);
            if (withheld(dimension)) {
                return new Count(value, Why.DERIVED);
            }
            return breakdowns.get(dimension).getOrDefault(code, Count.exact(value));
        }
    }

    /** A percentage as shown: null when it does not apply (a city's first event), hidden when an input is. */
    public record Share(Double value, boolean hidden) {

        static final Share NONE = new Share(null, false);
    }

    public record CityRow(CityEvent event, Count delegates, Count returning, Share continuity, Share turnover) {}

    public record CityFigures(long placeId, List<CityRow> timeline, Count distinctDelegates, Share averageContinuity) {}

    public record YearFigures(DiversityYear year, Count delegates, Map<String, Map<String, Count>> breakdowns) {}

    public EventFigures event(long eventId, boolean suppress) {
        return event(statistics.forEvent(eventId), suppress);
    }

    public Map<Long, EventFigures> events(Collection<Long> eventIds, boolean suppress) {
        Map<Long, EventFigures> figures = new LinkedHashMap<>();
        statistics.forEvents(eventIds).forEach((id, p) -> figures.put(id, event(p, suppress)));
        return figures;
    }

    EventFigures event(EventParticipation p, boolean suppress) {
        Map<String, Map<String, Integer>> base = new LinkedHashMap<>();
        PROTECTED.forEach(dimension -> base.put(dimension, p.breakdowns().get(dimension)));
        SmallCounts.Breakdowns shown = counts.breakdowns(p.delegates(), base, suppress);
        Count delegates = shown.total();
        Map<String, Map<String, Count>> breakdowns = new LinkedHashMap<>(shown.shown());
        Map<String, Count> byCity = breakdowns.get("city");
        if (byCity != null) {
            for (String dimension : FROM_CITIES) {
                Map<String, Count> derived = new LinkedHashMap<>();
                p.breakdowns().get(dimension).forEach((code, n) -> derived.put(code, counts.derived(n,
                        p.cityCodes().get(dimension).getOrDefault(code, Set.of()).stream().map(byCity::get).toList())));
                breakdowns.put(dimension, derived);
            }
        }
        Count cities = breakdowns.containsKey("city") ? Count.exact(p.cities()) : new Count(p.cities(), Why.DERIVED);
        return new EventFigures(p, delegates, cities, breakdowns);
    }

    /**
     * A city's timeline: its delegates at each event exactly as that event's city breakdown shows them, and
     * returning delegates, continuity and turnover only where the delegates they relate to are shown.
     */
    public CityFigures city(long placeId, boolean suppress) {
        ParticipationStatistics.CityParticipation p = statistics.forCity(placeId);
        Map<Long, EventFigures> events = events(p.timeline().stream().map(CityEvent::eventId).toList(), suppress);
        String code = String.valueOf(placeId);
        List<CityRow> rows = new ArrayList<>();
        List<Count> inputs = new ArrayList<>();
        List<Share> continuities = new ArrayList<>();
        Count previous = null;
        for (CityEvent e : p.timeline()) {
            Count delegates = suppress ? events.get(e.eventId()).cell("city", code) : Count.exact(e.delegates());
            inputs.add(delegates);
            Count returning;
            Share continuity = Share.NONE;
            Share turnover = Share.NONE;
            if (previous == null) {
                returning = Count.exact(e.returning());
            } else {
                returning = counts.mayShow(List.of(delegates, previous)) ? counts.count(e.returning(), suppress)
                        : new Count(e.returning(), Why.DERIVED);
                inputs.add(returning);
                if (e.continuity() != null) {
                    continuity = new Share(e.continuity(), !counts.mayShow(List.of(returning, delegates)));
                    continuities.add(continuity);
                }
                if (e.turnover() != null) {
                    turnover = new Share(e.turnover(), !counts.mayShow(List.of(returning, previous)));
                }
            }
            rows.add(new CityRow(e, delegates, returning, continuity, turnover));
            previous = delegates;
        }
        Count distinct = counts.mayShow(inputs) ? counts.count(p.distinctDelegates(), suppress)
                : new Count(p.distinctDelegates(), Why.DERIVED);
        Share average = p.averageContinuity() == null ? Share.NONE
                : new Share(p.averageContinuity(), continuities.stream().anyMatch(Share::hidden));
        return new CityFigures(placeId, rows, distinct, average);
    }

    /** A network's delegates per year: each figure the sum of its events' figures, shown when all of those are. */
    public List<YearFigures> years(Long organisationId, boolean suppress) {
        List<DiversityYear> years = statistics.diversityOverTime(organisationId);
        Set<Long> ids = new LinkedHashSet<>();
        years.forEach(y -> ids.addAll(y.eventIds()));
        Map<Long, EventFigures> events = suppress ? events(ids, true) : Map.of();
        List<YearFigures> result = new ArrayList<>();
        for (DiversityYear y : years) {
            if (!suppress) {
                Map<String, Map<String, Count>> exact = new LinkedHashMap<>();
                y.breakdowns().forEach((dimension, cells) -> {
                    Map<String, Count> shown = new LinkedHashMap<>();
                    cells.forEach((c, n) -> shown.put(c, Count.exact(n)));
                    exact.put(dimension, shown);
                });
                result.add(new YearFigures(y, Count.exact(y.delegates()), exact));
                continue;
            }
            List<EventFigures> of = y.eventIds().stream().map(events::get).toList();
            Count delegates = counts.derived(y.delegates(), of.stream().map(EventFigures::delegates).toList());
            Map<String, Map<String, Count>> breakdowns = new LinkedHashMap<>();
            y.breakdowns().forEach((dimension, cells) -> {
                Map<String, Count> shown = new LinkedHashMap<>();
                cells.forEach((c, n) -> shown.put(c, counts.derived(n, of.stream().map(e -> e.cell(dimension, c)).toList())));
                breakdowns.put(dimension, shown);
            });
            result.add(new YearFigures(y, delegates, breakdowns));
        }
        return result;
    }

    /** The counts of a breakdown as shown, or empty when withheld. */
    public static Optional<Map<String, Count>> breakdown(EventFigures figures, String dimension) {
        return Optional.ofNullable(figures.breakdowns().get(dimension));
    }
}
