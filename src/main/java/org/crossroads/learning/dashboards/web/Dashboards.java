package org.crossroads.learning.dashboards.web;

import org.crossroads.shared.web.RecordNotFoundException;
import org.crossroads.learning.events.web.EventDates;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.crossroads.directory.MembershipChanged;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.PlaceNames;
import org.crossroads.directory.Places;
import org.crossroads.learning.events.LearningEvent;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.learning.LearningFiguresChanged;
import org.crossroads.learning.participants.ParticipationStatistics;
import org.crossroads.learning.surveys.Survey;
import org.crossroads.learning.surveys.SurveyRounds;
import org.crossroads.learning.participants.internal.PublicParticipation;
import org.crossroads.learning.surveys.internal.PublicSurveyResults;
import org.crossroads.learning.internal.SmallCounts;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.vocabulary.WorldRegions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Builds the three dashboards — an event, a city, a network — as {@link Dashboard}s in the reader's
 * language, from the figures every public output shares ({@link PublicParticipation}, {@link PublicSurveyResults}):
 * public readers get small counts hidden, and the figures that would give them away; organisers get exact numbers.
 */
@Component
class Dashboards {

    private final LearningEvents events;
    private final PublicParticipation participation;
    private final SurveyRounds rounds;
    private final PublicSurveyResults surveyResults;
    private final Places places;
    private final Organisations organisations;
    private final Vocabularies vocabularies;
    private final WorldRegions regions;
    private final MessageSource messages;
    private final SmallCounts smallCounts;
    private final List<DashboardSections> sections;
    private final EmptyStates emptyStates;
    private final PlaceNames placeNames;

    Dashboards(LearningEvents events, PublicParticipation participation, SurveyRounds rounds, PublicSurveyResults surveyResults,
            Places places, Organisations organisations, Vocabularies vocabularies, WorldRegions regions,
            MessageSource messages, SmallCounts smallCounts, List<DashboardSections> sections, EmptyStates emptyStates,
            PlaceNames placeNames) {
        this.emptyStates = emptyStates;
        this.placeNames = placeNames;
        this.events = events;
        this.participation = participation;
        this.rounds = rounds;
        this.surveyResults = surveyResults;
        this.places = places;
        this.organisations = organisations;
        this.vocabularies = vocabularies;
        this.regions = regions;
        this.messages = messages;
        this.smallCounts = smallCounts;
        this.sections = sections;
    }

    Dashboard event(long eventId, boolean suppress, Locale locale) {
        LearningEvent event = events.find(eventId).orElseThrow(() -> new RecordNotFoundException("event", eventId));
        PublicParticipation.EventFigures f = participation.event(eventId, suppress);
        ParticipationStatistics.EventParticipation p = f.participation();
        List<Dashboard.Row> summary = new ArrayList<>();
        if (!suppress) {
            summary.add(plain(text("learning.dash.registered", locale), String.valueOf(p.registered())));
        }
        summary.add(count(text("learning.dash.delegates", locale), f.delegates()));
        summary.add(count(text("learning.dash.cities", locale), f.cities()));
        if (!suppress) {
            summary.add(plain(text("learning.dash.attendanceRecorded", locale), String.valueOf(p.attendanceRecorded())));
        }
        List<Dashboard.Table> tables = new ArrayList<>();
        tables.add(new Dashboard.Table("participation", text("learning.dash.participation", locale),
                List.of(text("learning.dash.measure", locale), text("learning.dash.value", locale)), summary, false, null));
        Map<Long, Place> cities = places.findAll(p.breakdowns().get("city").keySet().stream()
                .filter(code -> !code.equals(ParticipationStatistics.NO_CITY)).map(Long::valueOf).toList());
        tables.add(breakdown("by-city", "learning.dash.byCity", f, "city", code -> code.equals(ParticipationStatistics.NO_CITY)
                ? text("learning.dash.noCity", locale)
                : cities.containsKey(Long.valueOf(code)) ? placeNames.in(cities.get(Long.valueOf(code)), locale) : code, locale));
        for (String dimension : ParticipationStatistics.DIMENSIONS) {
            tables.add(breakdown("by-" + dimension, "learning.dash.by." + dimension, f, dimension,
                    code -> label(dimension, code, locale), locale));
        }
        rounds.ofEvent(eventId).stream().filter(s -> s.round().equals("feedback")).findFirst()
                .ifPresent(s -> tables.add(feedback(s, suppress, locale)));
        sections.forEach(section -> tables.addAll(section.forEvent(eventId, suppress, locale)));
        return new Dashboard(event.theme(locale), text("learning.dash.event.subtitle", locale),
                emptyStates.explain(tables, new EmptyStates.Context("event", eventId, !suppress), locale),
                "/events/" + eventId + "/dashboard", suppress, smallCounts.threshold());
    }

    Dashboard city(long placeId, boolean suppress, Locale locale) {
        Place city = places.find(placeId).orElseThrow(() -> new RecordNotFoundException("event", placeId));
        PublicParticipation.CityFigures p = participation.city(placeId, suppress);
        List<Dashboard.Table> tables = new ArrayList<>();
        tables.add(new Dashboard.Table("continuity-summary", text("learning.dash.continuity", locale),
                List.of(text("learning.dash.measure", locale), text("learning.dash.value", locale)),
                List.of(plain(text("learning.dash.eventsAttended", locale), String.valueOf(p.timeline().size())),
                        count(text("learning.dash.distinctDelegates", locale), p.distinctDelegates()),
                        plain(text("learning.dash.averageContinuity", locale), percent(p.averageContinuity()))),
                false, text("learning.dash.continuityExplained", locale)));
        Map<Long, LearningEvent> byId = events.findAll(p.timeline().stream().map(r -> r.event().eventId()).toList());
        List<Dashboard.Row> rows = new ArrayList<>();
        for (PublicParticipation.CityRow r : p.timeline()) {
            ParticipationStatistics.CityEvent e = r.event();
            LearningEvent event = byId.get(e.eventId());
            rows.add(new Dashboard.Row(List.of(event == null ? e.theme() : EventDates.of(event, locale),
                    event == null ? e.theme() : event.theme(locale),
                    smallCounts.show(r.delegates()), smallCounts.show(r.returning()),
                    percent(r.continuity()), percent(r.turnover())), smallCounts.bar(r.delegates())));
        }
        tables.add(new Dashboard.Table("timeline", text("learning.dash.timeline", locale),
                List.of(text("learning.field.dates", locale), text("learning.field.theme", locale),
                        text("learning.dash.delegates", locale), text("learning.dash.returning", locale),
                        text("learning.dash.continuityShort", locale), text("learning.dash.turnover", locale)),
                rows, true, null));
        sections.forEach(section -> tables.addAll(section.forCity(placeId, suppress, locale)));
        return new Dashboard(placeNames.in(city, locale), text("learning.dash.city.subtitle", locale),
                emptyStates.explain(tables, new EmptyStates.Context("city", placeId, !suppress), locale),
                "/cities/" + placeId + "/learning", suppress, smallCounts.threshold());
    }

    /**
     * The public network dashboard is read far more often than its figures change and costs a pass over
     * every registration of the network: it is kept for a minute, under the generation of the learning
     * figures it was built from. Every {@link LearningFiguresChanged} starts a new generation once its
     * transaction commits, so the next reader gets fresh figures at once; a dashboard still being built from
     * the figures before the change is stored under the old generation, which nobody reads again.
     * A {@link MembershipChanged} (a city joining or leaving a network) does the same. Coordinators always get
     * it fresh. (A renamed organisation or place shows within the minute.)
     */
    private record NetworkKey(long generation, Long organisationId, String language) {}

    private final AtomicLong generation = new AtomicLong();
    private final Cache<NetworkKey, Dashboard> publicNetworks = Caffeine.newBuilder().maximumSize(200)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    Dashboard network(Long organisationId, boolean suppress, Locale locale) {
        if (suppress) {
            return publicNetworks.get(new NetworkKey(generation.get(), organisationId, locale.getLanguage()),
                    key -> buildNetwork(organisationId, true, locale));
        }
        return buildNetwork(organisationId, false, locale);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(LearningFiguresChanged changed) {
        newGeneration();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MembershipChanged changed) {
        newGeneration();
    }

    private void newGeneration() {
        generation.incrementAndGet();
        publicNetworks.invalidateAll();
    }

    private Dashboard buildNetwork(Long organisationId, boolean suppress, Locale locale) {
        String name = organisationId == null ? text("learning.dash.allNetworks", locale)
                : organisations.find(organisationId).map(Organisation::shortName).orElseThrow(() -> new RecordNotFoundException("event", organisationId));
        List<Dashboard.Table> tables = new ArrayList<>();
        sections.forEach(section -> tables.addAll(section.forNetwork(organisationId, suppress, locale)));
        List<PublicParticipation.YearFigures> years = participation.years(organisationId, suppress);
        for (String dimension : ParticipationStatistics.DIMENSIONS) {
            Set<String> codes = new java.util.TreeSet<>();
            years.forEach(y -> codes.addAll(y.breakdowns().get(dimension).keySet()));
            List<String> headers = new ArrayList<>();
            headers.add(text("learning.field.year", locale));
            headers.add(text("learning.dash.delegates", locale));
            codes.forEach(c -> headers.add(label(dimension, c, locale)));
            List<Dashboard.Row> rows = new ArrayList<>();
            for (PublicParticipation.YearFigures y : years) {
                Map<String, SmallCounts.Count> cells = y.breakdowns().get(dimension);
                List<String> shown = new ArrayList<>();
                shown.add(String.valueOf(y.year().year()));
                shown.add(smallCounts.show(y.delegates()));
                codes.forEach(c -> shown.add(cells.containsKey(c) ? smallCounts.show(cells.get(c)) : "0"));
                rows.add(new Dashboard.Row(shown, smallCounts.bar(y.delegates())));
            }
            tables.add(new Dashboard.Table("diversity-" + dimension, text("learning.dash.diversity." + dimension, locale),
                    headers, rows, false, null));
        }
        return new Dashboard(name, text("learning.dash.network.subtitle", locale),
                emptyStates.explain(tables, new EmptyStates.Context("network", organisationId == null ? 0 : organisationId,
                        !suppress), locale),
                organisationId == null ? "/learning/network" : "/learning/network/" + organisationId, suppress, smallCounts.threshold());
    }

    private Dashboard.Table feedback(Survey survey, boolean suppress, Locale locale) {
        PublicSurveyResults.SurveyFigures r = surveyResults.of(survey.id(), suppress);
        List<Dashboard.Row> rows = new ArrayList<>();
        for (PublicSurveyResults.QuestionFigures q : r.questions()) {
            if (q.result().question().isLikert() && (q.mean() != null || q.meanHidden())) {
                rows.add(new Dashboard.Row(List.of(q.result().question().prompt().in(locale), smallCounts.show(q.answers()),
                        q.meanHidden() ? SmallCounts.HIDDEN : String.format(locale, "%.1f", q.mean())),
                        q.meanHidden() ? null : (int) Math.round(q.mean() * 20)));
            }
        }
        return new Dashboard.Table("feedback", text("learning.dash.feedback", locale),
                List.of(text("learning.dash.question", locale), text("learning.dash.answers", locale), text("learning.dash.mean", locale)),
                rows, true, messages.getMessage("learning.results.responses",
                        new Object[] {smallCounts.show(r.responses()), smallCounts.show(r.invited())}, locale));
    }

    /** A breakdown of an event's delegates as shown; a withheld one has no rows and says why. */
    private Dashboard.Table breakdown(String id, String titleKey, PublicParticipation.EventFigures figures, String dimension,
            java.util.function.Function<String, String> label, Locale locale) {
        if (figures.withheld(dimension)) {
            return new Dashboard.Table(id, text(titleKey, locale), List.of(text("learning.dash.category", locale),
                    text("learning.dash.delegates", locale)), List.of(), true, text("learning.dash.withheld", locale));
        }
        List<Dashboard.Row> rows = figures.breakdowns().get(dimension).entrySet().stream()
                .map(e -> new Dashboard.Row(List.of(label.apply(e.getKey()), smallCounts.show(e.getValue())),
                        smallCounts.bar(e.getValue())))
                .collect(Collectors.toList());
        return new Dashboard.Table(id, text(titleKey, locale), List.of(text("learning.dash.category", locale),
                text("learning.dash.delegates", locale)), rows, true, null);
    }

    private String label(String dimension, String code, Locale locale) {
        if ("unknown".equals(code)) {
            return text("learning.dash.unknown", locale);
        }
        return switch (dimension) {
            case "gender" -> vocabularies.label("gender", code, locale);
            case "position" -> vocabularies.label("participant_position", code, locale);
            case "city_role" -> vocabularies.label("city_role", code, locale);
            case "region" -> regions.name(code, locale);
            default -> code;
        };
    }

    private Dashboard.Row count(String label, SmallCounts.Count count) {
        return new Dashboard.Row(List.of(label, smallCounts.show(count)), null);
    }

    private static Dashboard.Row plain(String label, String value) {
        return new Dashboard.Row(List.of(label, value), null);
    }

    static String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + " %";
    }

    /** A percentage computed from counts: "x" when one of them is hidden, "–" when it does not apply. */
    static String percent(PublicParticipation.Share share) {
        return share.hidden() ? SmallCounts.HIDDEN : percent(share.value());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
