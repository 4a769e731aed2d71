package org.crossroads.network.matching;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossroads.network.RoutePosition;
import org.crossroads.network.TieKind;

/**
 * What matching reads on the request path, built in the background ({@link MatchingIndexes}): per theme, the
 * cities holding evidence on it (published initiatives, validated outcomes, inspirations of other cities, public
 * offers) and the public open
 * needs; per city, its context (size, route roles, region, languages, networks) and its ties to other cities.
 * Scoring a request walks the cities of its theme only, never the database. Immutable.
 *
 * @param byTheme theme code → city → its evidence on the theme
 * @param anyTheme city → its evidence on every theme (for a city's peers without a theme)
 * @param needsByTheme theme code → public open needs on it
 * @param ties city → other city → how they are tied
 * @param inspiredAny city → inspirations elsewhere that credit it (validated outcomes, transfers of its practices),
 *     whatever their theme
 * @param indicators indicator id → its name in English (offers cite indicators by id)
 * @param dataByTheme theme code → city → the indicators it publishes (values an anonymous visitor sees) whose
 *     integration domains speak to the theme ({@link DomainThemes}); supports a candidate, never makes one
 * @param dataAnyTheme city → the indicators it publishes on any theme the domains speak to
 * @param figures city → its latest public figures that compare across cities of any size ({@link SimilarFigures})
 * @param heldOut what is left out of this index (the evaluation's held-out links), nothing in service
 */
record MatchingIndex(Instant builtAt, Map<Long, City> cities, Map<String, Map<Long, CityEvidence>> byTheme,
        Map<Long, CityEvidence> anyTheme, Map<String, List<Statement>> needsByTheme, Map<Long, Map<Long, PairTies>> ties,
        Map<Long, List<Inspiration>> inspiredAny, Map<Long, String> indicators, Map<String, Map<Long, List<Long>>> dataByTheme,
        Map<Long, List<Long>> dataAnyTheme, Map<Long, List<SimilarFigures.Figure>> figures, HeldOut heldOut) {

    /** A city's context. {@code languages} are ISO 639-1 codes of the city's country (network/country-languages.csv). */
    record City(long id, String name, String countryCode, String sizeClass, double latitude, double longitude,
            List<RoutePosition> positions, Set<String> languages, boolean south, String region, boolean underConnected,
            Map<Long, String> networks) {

        Set<String> routes() {
            return positions.stream().map(RoutePosition::route).collect(java.util.stream.Collectors.toSet());
        }
    }

    record Initiative(long id, String name, Integer startYear, Set<String> themes) {}

    /** A validated outcome: it happened in {@code placeId}; {@code inspiredBy} is the city credited, if any. */
    record Outcome(long id, long placeId, String placeName, Long inspiredBy, Set<String> themes) {}

    /**
     * The credited city inspired {@code inspiredPlaceId}: a validated outcome there that credits it, or a published
     * transfer of one of its practices there (the adapting city took it up).
     *
     * @param record the record that shows it, as the audit trail names records: {@link #OUTCOME} or {@link #PRACTICE}
     * @param id the outcome's or the practice's id
     * @param title the practice's title; null for an outcome (outcomes are named by number)
     * @param themes the themes it is evidence on
     */
    record Inspiration(String record, long id, String title, long inspiredPlaceId, String inspiredPlaceName, Set<String> themes) {

        static final String OUTCOME = "outcome_statement";
        static final String PRACTICE = "practice";

        boolean isPractice() {
            return PRACTICE.equals(record);
        }
    }

    /**
     * What an index leaves out (the evaluation's held-out links): validated outcomes by id, and for each pair of
     * cities (inspired, inspiring) the transfers of practices and the inspiration ties between them, which tell the
     * same story as the held-out outcome.
     */
    record HeldOut(Set<Long> outcomes, Set<Pair> pairs) {

        static final HeldOut NOTHING = new HeldOut(Set.of(), Set.of());

        record Pair(long inspired, long inspiring) {}

        HeldOut {
            outcomes = Set.copyOf(outcomes);
            pairs = Set.copyOf(pairs);
        }

        boolean holdsOut(long inspired, long inspiring) {
            return pairs.contains(new Pair(inspired, inspiring));
        }
    }

    /** A public need or offer as matching reads it (a reader's private ones are read at request time). */
    record Statement(long id, long placeId, String title, Set<String> themes, List<String> activityTypes,
            List<String> languages, boolean contactConsent, List<Long> indicatorIds,
            org.crossroads.network.needs.NeedConstraints constraints) {}

    /** A city's evidence on a theme (or on every theme). */
    record CityEvidence(List<Initiative> initiatives, List<Outcome> outcomes, List<Inspiration> inspired, List<Statement> offers,
            List<KeptPledge> pledges) {

        static CityEvidence empty() {
            return new CityEvidence(new java.util.ArrayList<>(), new java.util.ArrayList<>(), new java.util.ArrayList<>(),
                    new java.util.ArrayList<>(), new java.util.ArrayList<>());
        }

        boolean isEmpty() {
            return initiatives.isEmpty() && outcomes.isEmpty() && inspired.isEmpty() && offers.isEmpty() && pledges.isEmpty();
        }
    }

    /** A public pledge the city fulfilled (commitments), a sign of what it knows how to do; {@code year} of fulfilment. */
    record KeptPledge(long id, String text, int year, Set<String> themes) {}

    /**
     * How two cities are tied, from the cooperation graph's ties between them.
     *
     * @param themes themes of the initiatives they share, of the outcomes one inspired in the other and of the
     *     practices one adapted from the other
     * @param vias names of what they share (an initiative, an event), for the explanation
     */
    record PairTies(Set<TieKind> kinds, Set<String> themes, Set<String> vias) {}

    static final Map<Long, CityEvidence> NONE = Map.of();

    Map<Long, CityEvidence> evidenceOn(String theme) {
        return theme == null ? anyTheme : byTheme.getOrDefault(theme, NONE);
    }

    /** The indicators the city publishes on the themes (on any theme for none), each once, in id order. */
    List<Long> publishedOn(List<String> themes, long placeId) {
        if (themes.isEmpty()) {
            return dataAnyTheme.getOrDefault(placeId, List.of()).stream().distinct().sorted().toList();
        }
        return themes.stream().flatMap(t -> dataByTheme.getOrDefault(t, Map.of()).getOrDefault(placeId, List.of()).stream())
                .distinct().sorted().toList();
    }

    List<SimilarFigures.Figure> figuresOf(long placeId) {
        return figures.getOrDefault(placeId, List.of());
    }

    PairTies tie(long a, long b) {
        return ties.getOrDefault(a, Map.of()).get(b);
    }
}
