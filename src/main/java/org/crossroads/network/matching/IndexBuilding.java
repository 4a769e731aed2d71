package org.crossroads.network.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.data.DataCatalogue;
import org.crossroads.data.DataValues;
import org.crossroads.data.Indicator;
import org.crossroads.inventory.Initiatives;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.learning.outcomes.OutcomeQuery;
import org.crossroads.learning.outcomes.OutcomeStatement;
import org.crossroads.library.practices.PracticeTransfers;
import org.crossroads.network.CityMetrics;
import org.crossroads.network.NetworkSnapshot;
import org.crossroads.network.Node;
import org.crossroads.network.Tie;
import org.crossroads.network.TieKind;
import org.crossroads.network.UnderConnectedCity;
import org.crossroads.network.needs.Need;
import org.crossroads.network.needs.NeedsAndOffers;
import org.crossroads.network.needs.Offer;
import org.crossroads.network.needs.StatementQuery;
import org.crossroads.shared.vocabulary.WorldRegions;
import org.springframework.stereotype.Component;

/**
 * Builds a {@link MatchingIndex} from a cooperation graph snapshot and the public records of the other modules,
 * read through their public API in a handful of bulk reads (never one per city). Runs in the background.
 */
@Component
class IndexBuilding {

    private final Initiatives initiatives;
    private final OutcomeHarvest outcomes;
    private final org.crossroads.commitments.Pledges pledges;
    private final NeedsAndOffers statements;
    private final DataCatalogue catalogue;
    private final DataValues values;
    private final DomainThemes domainThemes;
    private final CountryLanguages languages;
    private final WorldRegions regions;
    private final PracticeTransfers practiceTransfers;

    IndexBuilding(Initiatives initiatives, OutcomeHarvest outcomes, org.crossroads.commitments.Pledges pledges, NeedsAndOffers statements, DataCatalogue catalogue,
            DataValues values, DomainThemes domainThemes, CountryLanguages languages, WorldRegions regions,
            PracticeTransfers practiceTransfers) {
        this.practiceTransfers = practiceTransfers;
        this.initiatives = initiatives;
        this.outcomes = outcomes;
        this.pledges = pledges;
        this.statements = statements;
        this.catalogue = catalogue;
        this.values = values;
        this.domainThemes = domainThemes;
        this.languages = languages;
        this.regions = regions;
    }

    /** The index of everything public. */
    MatchingIndex build(NetworkSnapshot snapshot) {
        return build(snapshot, MatchingIndex.HeldOut.NOTHING, true);
    }

    /**
     * @param heldOut validated outcomes to leave out, with the inspiration ties they make, and the transfers and
     *     inspiration ties between held-out pairs of cities (the evaluation)
     * @param withStatements false to leave needs and offers out (the evaluation: built-in offers retell the seeds'
     *     own inspiration stories, which would give the held-out answer away)
     */
    MatchingIndex build(NetworkSnapshot snapshot, MatchingIndex.HeldOut heldOut, boolean withStatements) {
        Set<Long> under = new HashSet<>();
        for (UnderConnectedCity u : snapshot.all().underConnected()) {
            under.add(u.city().placeId());
        }
        Map<Long, Map<Long, String>> networks = new HashMap<>();
        for (Tie t : snapshot.ties()) {
            if (t.kind() == TieKind.MEMBERSHIP && t.from().startsWith("place:")) {
                Node network = snapshot.nodes().get(t.to());
                networks.computeIfAbsent(placeId(t.from()), k -> new LinkedHashMap<>()).put(network.recordId(), network.name());
            }
        }
        Map<Long, MatchingIndex.City> cities = new HashMap<>();
        for (CityMetrics m : snapshot.all().cities().values()) {
            cities.put(m.placeId(), new MatchingIndex.City(m.placeId(), m.name(), m.countryCode(), m.sizeClass(), m.latitude(),
                    m.longitude(), m.positions(), languages.of(m.countryCode()), GlobalSouth.includes(m.countryCode()),
                    regions.subregionOf(m.countryCode()).orElse(null), under.contains(m.placeId()),
                    Map.copyOf(networks.getOrDefault(m.placeId(), Map.of()))));
        }

        Map<String, Map<Long, MatchingIndex.CityEvidence>> byTheme = new HashMap<>();
        Map<Long, MatchingIndex.CityEvidence> anyTheme = new HashMap<>();
        Map<Long, Set<String>> initiativeThemes = new HashMap<>();
        for (org.crossroads.inventory.Initiative i : initiatives.published()) {
            Set<String> themes = Set.copyOf(i.themes());
            initiativeThemes.put(i.id(), themes);
            MatchingIndex.Initiative entry = new MatchingIndex.Initiative(i.id(), i.name(),
                    i.start() == null ? null : i.start().getYear(), themes);
            for (long place : new LinkedHashSet<>(i.placeIds())) {
                for (String theme : themes) {
                    evidence(byTheme, theme, place).initiatives().add(entry);
                }
                anyTheme.computeIfAbsent(place, k -> MatchingIndex.CityEvidence.empty()).initiatives().add(entry);
            }
        }

        // a fulfilled public pledge shows what its cities know how to do, on its themes
        for (org.crossroads.commitments.Pledge p : pledges.search(new org.crossroads.commitments.PledgeQuery(null, null, null,
                org.crossroads.commitments.PledgeStatus.FULFILLED, null, null), Optional.empty(), Integer.MAX_VALUE, 0)) {
            MatchingIndex.KeptPledge entry = new MatchingIndex.KeptPledge(p.id(), p.text(), p.statusOn().getYear(),
                    Set.copyOf(p.themes()));
            for (long place : p.placeIds()) {
                for (String theme : entry.themes()) {
                    evidence(byTheme, theme, place).pledges().add(entry);
                }
                anyTheme.computeIfAbsent(place, k -> MatchingIndex.CityEvidence.empty()).pledges().add(entry);
            }
        }

        List<MatchingIndex.Statement> offers = new ArrayList<>();
        List<MatchingIndex.Statement> needs = new ArrayList<>();
        // an outcome's themes: those of the initiative it credits, and of the public offers that cite it
        Map<Long, Set<String>> outcomeThemes = new HashMap<>();
        if (withStatements) {
            for (Offer o : statements.offers(new StatementQuery(null, null, null, Offer.AVAILABLE, null), Optional.empty())) {
                offers.add(statement(o));
                o.evidence().outcomeIds().forEach(id -> outcomeThemes.computeIfAbsent(id, k -> new HashSet<>()).addAll(o.themes()));
            }
            statements.needs(new StatementQuery(null, null, null, Need.OPEN, null), Optional.empty())
                    .forEach(n -> needs.add(statement(n)));
        }
        Map<Long, List<MatchingIndex.Inspiration>> inspiredAny = new HashMap<>();
        Map<Long, MatchingIndex.Outcome> outcomesById = new HashMap<>();
        Map<MatchingIndex.HeldOut.Pair, Set<String>> creditedByOutcomes = new HashMap<>();
        for (OutcomeStatement o : outcomes.all(OutcomeQuery.validated(), Optional.empty())) {
            if (heldOut.outcomes().contains(o.id()) || o.placeId() == null) {
                continue;
            }
            Set<String> themes = new HashSet<>(outcomeThemes.getOrDefault(o.id(), Set.of()));
            if (o.inspiredByInitiativeId() != null) {
                themes.addAll(initiativeThemes.getOrDefault(o.inspiredByInitiativeId(), Set.of()));
            }
            MatchingIndex.City place = cities.get(o.placeId());
            MatchingIndex.Outcome entry = new MatchingIndex.Outcome(o.id(), o.placeId(),
                    place == null ? "" : place.name(), o.inspiredByPlaceId(), Set.copyOf(themes));
            outcomesById.put(o.id(), entry);
            for (String theme : themes) {
                evidence(byTheme, theme, o.placeId()).outcomes().add(entry);
            }
            anyTheme.computeIfAbsent(o.placeId(), k -> MatchingIndex.CityEvidence.empty()).outcomes().add(entry);
            if (o.inspiredByPlaceId() != null && !o.inspiredByPlaceId().equals(o.placeId())) {
                creditedByOutcomes.computeIfAbsent(new MatchingIndex.HeldOut.Pair(o.placeId(), o.inspiredByPlaceId()),
                        k -> new HashSet<>()).addAll(themes);
                inspired(byTheme, anyTheme, inspiredAny, o.inspiredByPlaceId(), new MatchingIndex.Inspiration(
                        MatchingIndex.Inspiration.OUTCOME, o.id(), null, o.placeId(), entry.placeName(), Set.copyOf(themes)), true);
            }
        }
        List<PracticeTransfers.PublishedTransfer> transfers = practiceTransfers.all().stream()
                .filter(t -> t.fromCity() && t.fromPlaceId() != t.toPlaceId() && !heldOut.holdsOut(t.toPlaceId(), t.fromPlaceId()))
                .toList();
        for (PracticeTransfers.PublishedTransfer t : transfers) {
            // a transfer credits the practice's city as a validated outcome does, on the practice's themes; where an
            // outcome already credits the same pair on a theme, it tells the same story there and is not counted again
            Set<String> covered = creditedByOutcomes.get(new MatchingIndex.HeldOut.Pair(t.toPlaceId(), t.fromPlaceId()));
            Set<String> themes = new HashSet<>(t.themes());
            if (covered != null) {
                themes.removeAll(covered);
                if (themes.isEmpty()) {
                    continue;
                }
            }
            MatchingIndex.City place = cities.get(t.toPlaceId());
            inspired(byTheme, anyTheme, inspiredAny, t.fromPlaceId(), new MatchingIndex.Inspiration(MatchingIndex.Inspiration.PRACTICE,
                    t.practiceId(), t.practiceTitle(), t.toPlaceId(), place == null ? "" : place.name(), Set.copyOf(themes)),
                    covered == null);
        }
        for (MatchingIndex.Statement offer : offers) {
            for (String theme : offer.themes()) {
                evidence(byTheme, theme, offer.placeId()).offers().add(offer);
            }
            anyTheme.computeIfAbsent(offer.placeId(), k -> MatchingIndex.CityEvidence.empty()).offers().add(offer);
        }
        Map<String, List<MatchingIndex.Statement>> needsByTheme = new HashMap<>();
        for (MatchingIndex.Statement need : needs) {
            need.themes().forEach(t -> needsByTheme.computeIfAbsent(t, k -> new ArrayList<>()).add(need));
        }

        // a practice transfer's tie is on the practice's themes
        Map<Long, Set<String>> practiceThemes = new HashMap<>();
        practiceTransfers.all().forEach(p -> practiceThemes.put(p.practiceId(), Set.copyOf(p.themes())));
        Map<Long, Map<Long, PairAccumulator>> ties = new HashMap<>();
        for (Tie t : snapshot.ties()) {
            if (!t.from().startsWith("place:") || !t.to().startsWith("place:") || t.from().equals(t.to())) {
                continue;
            }
            if ("outcome_statement".equals(t.record()) && heldOut.outcomes().contains(t.recordId())
                    || t.kind() == TieKind.INSPIRATION && heldOut.holdsOut(placeId(t.from()), placeId(t.to()))) {
                continue;
            }
            Set<String> themes = switch (t.record()) {
                case "initiative" -> initiativeThemes.getOrDefault(t.recordId(), Set.of());
                case "outcome_statement" -> outcomesById.containsKey(t.recordId()) ? outcomesById.get(t.recordId()).themes() : Set.of();
                case "practice" -> practiceThemes.getOrDefault(t.recordId(), Set.of());
                default -> Set.of();
            };
            long a = placeId(t.from());
            long b = placeId(t.to());
            pair(ties, a, b).add(t, themes);
            pair(ties, b, a).add(t, themes);
        }
        // the graph keeps one inspiration tie per pair (an outcome's, before a transfer's): the practice's themes tie
        // the pair all the same, so that a city is not suggested a peer whose practice it has already adapted
        for (PracticeTransfers.PublishedTransfer t : transfers) {
            Set<String> themes = Set.copyOf(t.themes());
            pair(ties, t.toPlaceId(), t.fromPlaceId()).add(TieKind.INSPIRATION, themes, t.practiceTitle());
            pair(ties, t.fromPlaceId(), t.toPlaceId()).add(TieKind.INSPIRATION, themes, t.practiceTitle());
        }
        Map<Long, Map<Long, MatchingIndex.PairTies>> frozen = new HashMap<>();
        ties.forEach((a, others) -> {
            Map<Long, MatchingIndex.PairTies> m = new HashMap<>();
            others.forEach((b, acc) -> m.put(b, acc.freeze()));
            frozen.put(a, m);
        });

        Map<Long, String> indicators = new HashMap<>();
        Map<Long, Indicator> catalogued = new HashMap<>();
        Map<Long, Set<String>> indicatorThemes = new HashMap<>();
        for (Indicator i : catalogue.indicators()) {
            indicators.put(i.id(), i.name().english() == null ? i.code() : i.name().english());
            catalogued.put(i.id(), i);
            indicatorThemes.put(i.id(), domainThemes.of(i.domains()));
        }
        // the indicators each city publishes (values an anonymous visitor sees), by the themes their domains speak to
        Map<String, Map<Long, List<Long>>> dataByTheme = new HashMap<>();
        Map<Long, List<Long>> dataAnyTheme = new HashMap<>();
        for (DataValues.PublishedIndicator p : values.publishedIndicators()) {
            Set<String> themes = indicatorThemes.getOrDefault(p.indicatorId(), Set.of());
            if (themes.isEmpty() || !cities.containsKey(p.placeId())) {
                continue;
            }
            for (String theme : themes) {
                dataByTheme.computeIfAbsent(theme, k -> new HashMap<>()).computeIfAbsent(p.placeId(), k -> new ArrayList<>())
                        .add(p.indicatorId());
            }
            dataAnyTheme.computeIfAbsent(p.placeId(), k -> new ArrayList<>()).add(p.indicatorId());
        }
        Map<String, Map<Long, List<Long>>> dataFrozen = new HashMap<>();
        dataByTheme.forEach((theme, byPlace) -> dataFrozen.put(theme, copyLists(byPlace)));
        // the figures each city publishes that compare across sizes (the latest public yearly totals)
        List<DataValues.PublishedTotal> totals = values.publishedTotals().stream().filter(t -> cities.containsKey(t.placeId())).toList();
        return new MatchingIndex(Instant.now(), cities, freeze(byTheme), Map.copyOf(anyTheme), needsByTheme, frozen,
                inspiredAny, indicators, Map.copyOf(dataFrozen), copyLists(dataAnyTheme),
                SimilarFigures.of(totals, catalogued, indicatorThemes), heldOut);
    }

    /**
     * Credits the inspiring city with an inspiration on each of its themes, and on every theme unless
     * {@code onAnyTheme} is false (a transfer whose pair an outcome already credits: one inspiration per pair there).
     */
    private static void inspired(Map<String, Map<Long, MatchingIndex.CityEvidence>> byTheme,
            Map<Long, MatchingIndex.CityEvidence> anyTheme, Map<Long, List<MatchingIndex.Inspiration>> inspiredAny,
            long inspiring, MatchingIndex.Inspiration entry, boolean onAnyTheme) {
        for (String theme : entry.themes()) {
            evidence(byTheme, theme, inspiring).inspired().add(entry);
        }
        if (onAnyTheme) {
            inspiredAny.computeIfAbsent(inspiring, k -> new ArrayList<>()).add(entry);
            anyTheme.computeIfAbsent(inspiring, k -> MatchingIndex.CityEvidence.empty()).inspired().add(entry);
        }
    }

    private static Map<Long, List<Long>> copyLists(Map<Long, List<Long>> m) {
        Map<Long, List<Long>> copy = new HashMap<>();
        m.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Map.copyOf(copy);
    }

    static MatchingIndex.Statement statement(Offer o) {
        return new MatchingIndex.Statement(o.id(), o.placeId(), o.text().title(), Set.copyOf(o.themes()), o.activityTypes(),
                o.languages(), o.contactConsent(), o.evidence().indicatorIds(), null);
    }

    static MatchingIndex.Statement statement(Need n) {
        return new MatchingIndex.Statement(n.id(), n.placeId(), n.text().title(), Set.copyOf(n.themes()), n.activityTypes(),
                n.preferredLanguages(), false, List.of(), n.constraints());
    }

    private static MatchingIndex.CityEvidence evidence(Map<String, Map<Long, MatchingIndex.CityEvidence>> byTheme,
            String theme, long place) {
        return byTheme.computeIfAbsent(theme, k -> new HashMap<>()).computeIfAbsent(place, k -> MatchingIndex.CityEvidence.empty());
    }

    private static Map<String, Map<Long, MatchingIndex.CityEvidence>> freeze(Map<String, Map<Long, MatchingIndex.CityEvidence>> m) {
        Map<String, Map<Long, MatchingIndex.CityEvidence>> copy = new HashMap<>();
        m.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        return Map.copyOf(copy);
    }

    private static long placeId(String key) {
        return Long.parseLong(key.substring("place:".length()));
    }

    private static PairAccumulator pair(Map<Long, Map<Long, PairAccumulator>> ties, long a, long b) {
        return ties.computeIfAbsent(a, k -> new HashMap<>()).computeIfAbsent(b, k -> new PairAccumulator());
    }

    private static final class PairAccumulator {
        private final Set<TieKind> kinds = java.util.EnumSet.noneOf(TieKind.class);
        private final Set<String> themes = new HashSet<>();
        private final Set<String> vias = new LinkedHashSet<>();

        void add(Tie t, Set<String> tieThemes) {
            add(t.kind(), tieThemes, t.via());
        }

        void add(TieKind kind, Set<String> tieThemes, String via) {
            kinds.add(kind);
            themes.addAll(tieThemes);
            if (via != null && vias.size() < 3) {
                vias.add(via);
            }
        }

        MatchingIndex.PairTies freeze() {
            return new MatchingIndex.PairTies(Set.copyOf(kinds), Set.copyOf(themes), Set.copyOf(vias));
        }
    }
}
