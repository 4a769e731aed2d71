package org.crossroads.learning.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.learning.EventNotFoundException;
import org.crossroads.learning.LearningEvent;
import org.crossroads.learning.LearningEvents;
import org.crossroads.learning.ParticipationStatistics;
import org.crossroads.learning.Survey;
import org.crossroads.learning.SurveyResults;
import org.crossroads.learning.SurveyRounds;
import org.crossroads.learning.internal.SmallCounts;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.vocabulary.WorldRegions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the three dashboards — an event, a city, a network — as {@link Dashboard}s in the reader's
 * language. Public readers get small counts suppressed (with a complementary cell, so a total cannot
 * reveal the hidden one) by the platform's one rule, through {@link SmallCounts}; organisers get exact numbers.
 */
@Component
class Dashboards {

    private final LearningEvents events;
    private final ParticipationStatistics participation;
    private final SurveyRounds rounds;
    private final SurveyResults results;
    private final Places places;
    private final Organisations organisations;
    private final Vocabularies vocabularies;
    private final WorldRegions regions;
    private final MessageSource messages;
    private final SmallCounts smallCounts;
    private final List<DashboardSections> sections;

    Dashboards(LearningEvents events, ParticipationStatistics participation, SurveyRounds rounds, SurveyResults results,
            Places places, Organisations organisations, Vocabularies vocabularies, WorldRegions regions,
            MessageSource messages, SmallCounts smallCounts, List<DashboardSections> sections) {
        this.events = events;
        this.participation = participation;
        this.rounds = rounds;
        this.results = results;
        this.places = places;
        this.organisations = organisations;
        this.vocabularies = vocabularies;
        this.regions = regions;
        this.messages = messages;
        this.smallCounts = smallCounts;
        this.sections = sections;
    }

    Dashboard event(long eventId, boolean suppress, Locale locale) {
        LearningEvent event = events.find(eventId).orElseThrow(() -> new EventNotFoundException(eventId));
        ParticipationStatistics.EventParticipation p = participation.forEvent(eventId);
        SmallCounts.Protection protection = smallCounts.protect(p.delegates(), breakdowns(p.breakdowns()), suppress);
        List<Dashboard.Table> tables = new ArrayList<>();
        tables.add(new Dashboard.Table("participation", text("learning.dash.participation", locale),
                List.of(text("learning.dash.measure", locale), text("learning.dash.value", locale)),
                List.of(row(text("learning.dash.registered", locale), p.registered(), suppress),
                        new Dashboard.Row(List.of(text("learning.dash.delegates", locale),
                                protection.totalHidden() ? smallCounts.mark() : String.valueOf(p.delegates())), null),
                        plain(text("learning.dash.cities", locale), String.valueOf(p.cities())),
                        plain(text("learning.dash.attendanceRecorded", locale), String.valueOf(p.attendanceRecorded()))),
                false, null));
        Map<Long, Place> cities = places.findAll(p.breakdowns().get("city").keySet().stream().map(Long::valueOf).toList());
        tables.add(breakdown("by-city", "learning.dash.byCity", p.breakdowns().get("city"), protection.hidden("city"),
                code -> cities.containsKey(Long.valueOf(code)) ? cities.get(Long.valueOf(code)).name() : code, locale));
        for (String dimension : ParticipationStatistics.DIMENSIONS) {
            tables.add(breakdown("by-" + dimension, "learning.dash.by." + dimension, p.breakdowns().get(dimension),
                    protection.hidden(dimension), code -> label(dimension, code, locale), locale));
        }
        rounds.ofEvent(eventId).stream().filter(s -> s.round().equals("feedback")).findFirst()
                .ifPresent(s -> tables.addAll(feedback(s, suppress, locale)));
        sections.forEach(section -> tables.addAll(section.forEvent(eventId, suppress, locale)));
        return new Dashboard(event.theme(), text("learning.dash.event.subtitle", locale), tables,
                "/events/" + eventId + "/dashboard", suppress);
    }

    Dashboard city(long placeId, boolean suppress, Locale locale) {
        Place city = places.find(placeId).orElseThrow(() -> new EventNotFoundException(placeId));
        ParticipationStatistics.CityParticipation p = participation.forCity(placeId);
        List<Dashboard.Table> tables = new ArrayList<>();
        tables.add(new Dashboard.Table("continuity-summary", text("learning.dash.continuity", locale),
                List.of(text("learning.dash.measure", locale), text("learning.dash.value", locale)),
                List.of(plain(text("learning.dash.eventsAttended", locale), String.valueOf(p.timeline().size())),
                        row(text("learning.dash.distinctDelegates", locale), p.distinctDelegates(), suppress),
                        plain(text("learning.dash.averageContinuity", locale), percent(p.averageContinuity()))),
                false, text("learning.dash.continuityExplained", locale)));
        Map<Long, LearningEvent> byId = events.findAll(p.timeline().stream().map(ParticipationStatistics.CityEvent::eventId).toList());
        List<Dashboard.Row> rows = new ArrayList<>();
        for (ParticipationStatistics.CityEvent e : p.timeline()) {
            LearningEvent event = byId.get(e.eventId());
            rows.add(new Dashboard.Row(List.of(event == null ? e.theme() : EventDates.of(event, locale), e.theme(),
                    smallCounts.show(e.delegates(), suppress), smallCounts.show(e.returning(), suppress && e.returning() > 0),
                    percent(e.continuity()), percent(e.turnover())), smallCounts.bar(e.delegates(), suppress)));
        }
        tables.add(new Dashboard.Table("timeline", text("learning.dash.timeline", locale),
                List.of(text("learning.field.dates", locale), text("learning.field.theme", locale),
                        text("learning.dash.delegates", locale), text("learning.dash.returning", locale),
                        text("learning.dash.continuityShort", locale), text("learning.dash.turnover", locale)),
                rows, true, null));
        sections.forEach(section -> tables.addAll(section.forCity(placeId, suppress, locale)));
        return new Dashboard(city.name(), text("learning.dash.city.subtitle", locale), tables,
                "/cities/" + placeId + "/learning", suppress);
    }

    /**
     * The public network dashboard is read far more often than its figures change and costs a pass over
     * every registration of the network: it is kept for a minute. Coordinators always get it fresh.
     */
    private final com.github.benmanes.caffeine.cache.Cache<String, Dashboard> publicNetworks =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(200)
                    .expireAfterWrite(java.time.Duration.ofMinutes(1)).build();

    Dashboard network(Long organisationId, boolean suppress, Locale locale) {
        if (suppress) {
            return publicNetworks.get(organisationId + "|" + locale.getLanguage(), key -> buildNetwork(organisationId, true, locale));
        }
        return buildNetwork(organisationId, false, locale);
    }

    private Dashboard buildNetwork(Long organisationId, boolean suppress, Locale locale) {
        String name = organisationId == null ? text("learning.dash.allNetworks", locale)
                : organisations.find(organisationId).map(Organisation::shortName).orElseThrow(() -> new EventNotFoundException(organisationId));
        List<Dashboard.Table> tables = new ArrayList<>();
        sections.forEach(section -> tables.addAll(section.forNetwork(organisationId, suppress, locale)));
        List<ParticipationStatistics.DiversityYear> years = participation.diversityOverTime(organisationId);
        Map<Integer, SmallCounts.Protection> protections = new LinkedHashMap<>();
        years.forEach(y -> protections.put(y.year(), smallCounts.protect(y.delegates(), breakdowns(y.breakdowns()), suppress)));
        for (String dimension : ParticipationStatistics.DIMENSIONS) {
            Set<String> codes = new java.util.TreeSet<>();
            years.forEach(y -> codes.addAll(y.breakdowns().get(dimension).keySet()));
            List<String> headers = new ArrayList<>();
            headers.add(text("learning.field.year", locale));
            headers.add(text("learning.dash.delegates", locale));
            codes.forEach(c -> headers.add(label(dimension, c, locale)));
            List<Dashboard.Row> rows = new ArrayList<>();
            for (ParticipationStatistics.DiversityYear y : years) {
                Map<String, Integer> counts = y.breakdowns().get(dimension);
                SmallCounts.Protection protection = protections.get(y.year());
                Set<String> hidden = protection.hidden(dimension);
                List<String> cells = new ArrayList<>();
                cells.add(String.valueOf(y.year()));
                cells.add(protection.totalHidden() ? smallCounts.mark() : String.valueOf(y.delegates()));
                codes.forEach(c -> cells.add(hidden.contains(c) ? smallCounts.mark() : String.valueOf(counts.getOrDefault(c, 0))));
                rows.add(new Dashboard.Row(cells, protection.totalHidden() ? null : y.delegates()));
            }
            tables.add(new Dashboard.Table("diversity-" + dimension, text("learning.dash.diversity." + dimension, locale),
                    headers, rows, false, null));
        }
        return new Dashboard(name, text("learning.dash.network.subtitle", locale), tables,
                organisationId == null ? "/learning/network" : "/learning/network/" + organisationId, suppress);
    }

    private List<Dashboard.Table> feedback(Survey survey, boolean suppress, Locale locale) {
        SurveyResults.Result r = results.of(survey.id(), false);
        List<Dashboard.Row> rows = new ArrayList<>();
        for (SurveyResults.QuestionResult q : r.questions()) {
            if (q.question().isLikert() && q.mean() != null) {
                rows.add(new Dashboard.Row(List.of(q.question().prompt().in(locale), smallCounts.show(q.answers(), suppress),
                        String.format(locale, "%.1f", q.mean())), (int) Math.round(q.mean() * 20)));
            }
        }
        List<Dashboard.Table> tables = new ArrayList<>();
        tables.add(new Dashboard.Table("feedback", text("learning.dash.feedback", locale),
                List.of(text("learning.dash.question", locale), text("learning.dash.answers", locale), text("learning.dash.mean", locale)),
                rows, true, messages.getMessage("learning.results.responses", new Object[] {r.responses(), r.invited()}, locale)));
        return tables;
    }

    private Dashboard.Table breakdown(String id, String titleKey, Map<String, Integer> counts, Set<String> hidden,
            java.util.function.Function<String, String> label, Locale locale) {
        List<Dashboard.Row> rows = counts.entrySet().stream()
                .map(e -> new Dashboard.Row(List.of(label.apply(e.getKey()),
                        hidden.contains(e.getKey()) ? smallCounts.mark() : String.valueOf(e.getValue())),
                        hidden.contains(e.getKey()) ? null : e.getValue()))
                .collect(Collectors.toList());
        return new Dashboard.Table(id, text(titleKey, locale), List.of(text("learning.dash.category", locale),
                text("learning.dash.delegates", locale)), rows, true, null);
    }

    /** The breakdowns of one total of delegates, to be protected together (see {@link SmallCounts#protect}). */
    private static Map<String, SmallCounts.Breakdown> breakdowns(Map<String, Map<String, Integer>> byDimension) {
        Map<String, SmallCounts.Breakdown> breakdowns = new LinkedHashMap<>();
        byDimension.forEach((dimension, counts) -> breakdowns.put(dimension, new SmallCounts.Breakdown(counts)));
        return breakdowns;
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

    private Dashboard.Row row(String label, int count, boolean suppress) {
        return new Dashboard.Row(List.of(label, smallCounts.show(count, suppress)), null);
    }

    private static Dashboard.Row plain(String label, String value) {
        return new Dashboard.Row(List.of(label, value), null);
    }

    static String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + " %";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
