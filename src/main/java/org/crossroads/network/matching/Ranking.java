package org.crossroads.network.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossroads.network.Reason;
import org.crossroads.network.RoutePosition;
import org.crossroads.network.TieKind;
import org.crossroads.network.needs.NeedConstraints;
import org.crossroads.shared.geo.GreatCircle;

/**
 * Orders the candidate peers of one request on a {@link MatchingIndex}, in memory: the factors and their weights
 * of docs/network.md ("Peer matching"). The weights were set from what the seeds say counts for peer learning
 * before the held-out evaluation was run, and have not been changed after it.
 */
final class Ranking {

    static final int SHOWN = 10;
    static final int EXCLUDED_SHOWN = 5;

    // evidence on the theme: what the peer has done, what it offers
    static final double INITIATIVE_FIRST = 3, INITIATIVE_MORE = 1, OUTCOME = 3, INSPIRED = 4, INSPIRED_ELSEWHERE = 1, PLEDGE = 2;
    static final double OFFER = 5, ACTIVITY = 1, DATA = 0.5, NEED = 5, CHALLENGE = 2;
    // public data on the theme: the city measures it, which makes an exchange concrete; a figure is not a practice,
    // so it weighs less than an initiative, and the same for 1 or 30 indicators (a statistics office is not expertise)
    static final double PUBLISHED_DATA = 1;
    // similar context: "similar challenges with similar resources" (seed 004)
    static final double LANGUAGE = 1.5, ROUTE_ROLE = 1.5, ROUTE = 0.75, SIZE = 1, REGION = 0.5;
    // similar figures: the same situation measured (a share of newcomers, a rate of unemployment); the first as much
    // as the same size class, a second adds half, so figures never outweigh the same language
    static final double SIMILAR_FIGURES_FIRST = 1, SIMILAR_FIGURES_MORE = 0.5;
    // ties: prefer new ones, above all for an under-connected city
    static final double NEW_TIE = 1, NEW_TIE_UNDER_CONNECTED = 2, EXISTING_TIE = -1, TIED_ON_THEME = -2;

    private Ranking() {}

    /**
     * Who asks. {@code languages}: the languages it would work in (a need's preferred languages, else its
     * country's); {@code constraints} apply to the peer.
     */
    record Seeker(MatchingIndex.City city, List<String> themes, List<String> activityTypes, Set<String> languages,
            NeedConstraints constraints, boolean includeExisting) {}

    /** A candidate with its factors, before ordering; {@code total} is summed once, not in every comparison. */
    record Scored(MatchingIndex.City peer, List<Factor> factors, Suggestion.Contact contact, Long offerId, Long needId,
            Factor exclusion, double total) {

        Scored(MatchingIndex.City peer, List<Factor> factors, Suggestion.Contact contact, Long offerId, Long needId,
                Factor exclusion) {
            this(peer, factors, contact, offerId, needId, exclusion, factors.stream().mapToDouble(Factor::weight).sum());
        }
    }

    /** Peers that could help the seeker, from their evidence on its themes. */
    static Matches peersFor(MatchingIndex index, Seeker seeker, List<MatchingIndex.Statement> privateOffers) {
        return peersFor(index, seeker, privateOffers, SHOWN);
    }

    /** With {@code shown} suggestions at most (the evaluation asks for every one, to find the true peer's rank). */
    static Matches peersFor(MatchingIndex index, Seeker seeker, List<MatchingIndex.Statement> privateOffers, int shown) {
        Map<Long, MatchingIndex.CityEvidence> evidence = evidence(index, seeker.themes(), privateOffers);
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<Long, MatchingIndex.CityEvidence> e : evidence.entrySet()) {
            MatchingIndex.City peer = index.cities().get(e.getKey());
            if (peer == null || peer.id() == seeker.city().id()) {
                continue;
            }
            List<Factor> factors = new ArrayList<>();
            MatchingIndex.Statement offer = evidenceFactors(index, e.getValue(), seeker, factors);
            dataFactor(index, seeker.themes(), peer, factors);
            contextFactors(seeker.city(), peer, seeker.languages(), factors);
            similarFigures(index, peer, seeker.city(), seeker.themes(), factors);
            if (!tieFactors(index, seeker, peer, factors)) {
                continue;
            }
            Factor exclusion = constraint(seeker.city(), peer, seeker.constraints(), seeker.languages(), factors);
            boolean agreed = e.getValue().offers().stream().anyMatch(MatchingIndex.Statement::contactConsent);
            scored.add(new Scored(peer, factors, agreed ? Suggestion.Contact.AGREED : Suggestion.Contact.THROUGH_COORDINATOR,
                    offer == null ? null : offer.id(), null, exclusion));
        }
        return ordered(seeker.city().id(), seeker.themes(), scored, shown);
    }

    /**
     * The other way: cities that need what the offering city offers (open needs on its themes), and under-connected
     * cities on the offering city's routes with no initiative on the theme yet (their context shows the challenge).
     */
    static Matches needersOf(MatchingIndex index, MatchingIndex.City offering, MatchingIndex.Statement offer,
            List<MatchingIndex.Statement> privateNeeds) {
        Map<Long, List<MatchingIndex.Statement>> needs = new LinkedHashMap<>();
        for (String theme : offer.themes()) {
            for (MatchingIndex.Statement n : index.needsByTheme().getOrDefault(theme, List.of())) {
                needs.computeIfAbsent(n.placeId(), k -> new ArrayList<>()).add(n);
            }
        }
        for (MatchingIndex.Statement n : privateNeeds) {
            if (n.themes().stream().anyMatch(offer.themes()::contains)) {
                needs.computeIfAbsent(n.placeId(), k -> new ArrayList<>()).add(n);
            }
        }
        Set<Long> candidates = new LinkedHashSet<>(needs.keySet());
        Set<String> routes = offering.routes();
        for (MatchingIndex.City c : index.cities().values()) {
            if (c.underConnected() && c.routes().stream().anyMatch(routes::contains)
                    && offer.themes().stream().noneMatch(t -> index.evidenceOn(t).containsKey(c.id()))) {
                candidates.add(c.id());
            }
        }
        List<Scored> scored = new ArrayList<>();
        List<String> themes = List.copyOf(offer.themes());
        for (long id : candidates) {
            MatchingIndex.City city = index.cities().get(id);
            if (city == null || id == offering.id()) {
                continue;
            }
            List<Factor> factors = new ArrayList<>();
            MatchingIndex.Statement need = null;
            for (MatchingIndex.Statement n : needs.getOrDefault(id, List.of()).stream().distinct().limit(2).toList()) {
                need = need == null ? n : need;
                factors.add(Factor.of(Factor.Kind.NEED, NEED, List.of(new Factor.Evidence("need_statement", n.id(), n.title())),
                        "need", n.title()));
                n.activityTypes().stream().filter(offer.activityTypes()::contains).findFirst().ifPresent(a -> factors.add(
                        Factor.of(Factor.Kind.ACTIVITY, ACTIVITY, List.of(), "activity", new Reason.Label("activity_type", a))));
            }
            if (need == null) {
                RoutePosition position = city.positions().stream().filter(p -> routes.contains(p.route())).findFirst().orElseThrow();
                factors.add(Factor.of(Factor.Kind.CHALLENGE, CHALLENGE, List.of(), "challenge." + position.role(),
                        new Reason.Label("route", position.route())));
            }
            Set<String> languages = new LinkedHashSet<>(need != null && !need.languages().isEmpty() ? need.languages() : city.languages());
            contextFactors(city, offering, languages, factors);
            similarFigures(index, city, offering, themes, factors);
            Seeker seeker = new Seeker(city, themes, List.of(), languages, NeedConstraints.NONE, false);
            if (!tieFactors(index, seeker, offering, factors)) {
                continue;
            }
            // the needing city's constraints apply to the offering city
            Factor exclusion = need == null ? null : constraint(city, offering, need.constraints(), languages, factors);
            scored.add(new Scored(city, factors, offer.contactConsent() ? Suggestion.Contact.AGREED
                    : Suggestion.Contact.THROUGH_COORDINATOR, offer.id(), need == null ? null : need.id(), exclusion));
        }
        return ordered(offering.id(), themes, scored, SHOWN);
    }

    private static Map<Long, MatchingIndex.CityEvidence> evidence(MatchingIndex index, List<String> themes,
            List<MatchingIndex.Statement> privateOffers) {
        Collection<String> wanted = themes.isEmpty() ? java.util.Collections.singletonList(null) : themes;
        if (wanted.size() == 1 && privateOffers.isEmpty()) {
            return index.evidenceOn(wanted.iterator().next()); // the common request: read as it is, nothing to merge
        }
        Map<Long, MatchingIndex.CityEvidence> merged = new LinkedHashMap<>();
        for (String theme : wanted) {
            index.evidenceOn(theme).forEach((place, ev) -> {
                MatchingIndex.CityEvidence into = merged.computeIfAbsent(place, k -> MatchingIndex.CityEvidence.empty());
                addDistinct(into.initiatives(), ev.initiatives());
                addDistinct(into.outcomes(), ev.outcomes());
                addDistinct(into.inspired(), ev.inspired());
                addDistinct(into.offers(), ev.offers());
                addDistinct(into.pledges(), ev.pledges());
            });
        }
        for (MatchingIndex.Statement offer : privateOffers) {
            if (themes.isEmpty() || offer.themes().stream().anyMatch(themes::contains)) {
                addDistinct(merged.computeIfAbsent(offer.placeId(), k -> MatchingIndex.CityEvidence.empty()).offers(), List.of(offer));
            }
        }
        return merged;
    }

    private static <T> void addDistinct(List<T> into, List<T> from) {
        for (T t : from) {
            if (!into.contains(t)) {
                into.add(t);
            }
        }
    }

    /** The peer's evidence on the themes; returns the offer a request would name, if any. */
    private static MatchingIndex.Statement evidenceFactors(MatchingIndex index, MatchingIndex.CityEvidence ev, Seeker seeker,
            List<Factor> factors) {
        MatchingIndex.Statement named = null;
        for (MatchingIndex.Statement offer : ev.offers().stream().limit(2).toList()) {
            named = named == null ? offer : named;
            factors.add(Factor.of(Factor.Kind.OFFER, OFFER, List.of(new Factor.Evidence("offer_statement", offer.id(), offer.title())),
                    offer.contactConsent() ? "offerConsent" : "offer", offer.title()));
            offer.activityTypes().stream().filter(seeker.activityTypes()::contains).findFirst().ifPresent(a -> factors.add(
                    Factor.of(Factor.Kind.ACTIVITY, ACTIVITY, List.of(), "activity", new Reason.Label("activity_type", a))));
            for (long indicator : offer.indicatorIds().stream().limit(2).toList()) {
                String name = index.indicators().getOrDefault(indicator, "#" + indicator);
                factors.add(Factor.of(Factor.Kind.DATA, DATA, List.of(new Factor.Evidence("indicator", indicator, name)), "data", name));
            }
        }
        List<MatchingIndex.Initiative> initiatives = ev.initiatives().stream()
                .sorted(Comparator.comparing((MatchingIndex.Initiative i) -> i.startYear() == null ? Integer.MAX_VALUE : i.startYear())
                        .thenComparing(MatchingIndex.Initiative::id))
                .limit(3).toList();
        for (MatchingIndex.Initiative i : initiatives) {
            double weight = i == initiatives.get(0) ? INITIATIVE_FIRST : INITIATIVE_MORE;
            List<Factor.Evidence> shown = List.of(new Factor.Evidence("initiative", i.id(), i.name()));
            factors.add(i.startYear() == null ? Factor.of(Factor.Kind.INITIATIVE, weight, shown, "initiativeUndated", i.name())
                    : Factor.of(Factor.Kind.INITIATIVE, weight, shown, "initiative", i.name(), String.valueOf(i.startYear())));
        }
        for (MatchingIndex.Outcome o : ev.outcomes().stream().limit(2).toList()) {
            factors.add(Factor.of(Factor.Kind.OUTCOME, OUTCOME, List.of(new Factor.Evidence("outcome_statement", o.id(), "#" + o.id())),
                    "outcome", String.valueOf(o.id())));
        }
        for (MatchingIndex.KeptPledge p : ev.pledges().stream().limit(2).toList()) {
            String text = p.text().length() <= 100 ? p.text() : p.text().substring(0, 99) + "…";
            factors.add(Factor.of(Factor.Kind.PLEDGE, PLEDGE, List.of(new Factor.Evidence("pledge", p.id(), text)), "pledge",
                    text, String.valueOf(p.year())));
        }
        // outcomes come first: the index lists them before transfers
        for (MatchingIndex.Inspiration i : ev.inspired().stream().limit(2).toList()) {
            factors.add(i.isPractice()
                    ? Factor.of(Factor.Kind.INSPIRED, INSPIRED, List.of(new Factor.Evidence(i.record(), i.id(), i.title())),
                            "inspiredPractice", i.title(), i.inspiredPlaceName())
                    : Factor.of(Factor.Kind.INSPIRED, INSPIRED, List.of(new Factor.Evidence(i.record(), i.id(), i.inspiredPlaceName())),
                            "inspired", i.inspiredPlaceName()));
        }
        return named;
    }

    /**
     * The indicators on the themes the peer publishes (values an anonymous visitor sees), counted, linked to its
     * stored values; only for a peer that holds other evidence on the theme (data supports a candidate, it never
     * makes one).
     */
    private static void dataFactor(MatchingIndex index, List<String> themes, MatchingIndex.City peer, List<Factor> factors) {
        List<Long> published = index.publishedOn(themes, peer.id());
        if (published.isEmpty()) {
            return;
        }
        List<Factor.Evidence> evidence = new ArrayList<>();
        evidence.add(new Factor.Evidence("place_data", peer.id(), peer.name()));
        published.forEach(i -> evidence.add(new Factor.Evidence("indicator", i, index.indicators().getOrDefault(i, "#" + i))));
        factors.add(switch (themes.size()) {
            case 0 -> Factor.of(Factor.Kind.DATA, PUBLISHED_DATA, evidence, "anyData", published.size());
            case 1 -> Factor.of(Factor.Kind.DATA, PUBLISHED_DATA, evidence, "themeData", new Reason.Label("theme", themes.get(0)),
                    published.size());
            default -> Factor.of(Factor.Kind.DATA, PUBLISHED_DATA, evidence, "themesData", published.size());
        });
    }

    private static void contextFactors(MatchingIndex.City seeker, MatchingIndex.City peer, Set<String> languages,
            List<Factor> factors) {
        peer.languages().stream().filter(languages::contains).findFirst().ifPresent(l -> factors.add(
                Factor.of(Factor.Kind.LANGUAGE, LANGUAGE, List.of(), "language", new Reason.Label("language", l))));
        RoutePosition shared = null;
        RoutePosition sameRoute = null;
        for (RoutePosition p : seeker.positions()) {
            for (RoutePosition q : peer.positions()) {
                if (p.route().equals(q.route())) {
                    sameRoute = sameRoute == null ? p : sameRoute;
                    if (p.role().equals(q.role()) && shared == null) {
                        shared = p;
                    }
                }
            }
        }
        if (shared != null) {
            factors.add(Factor.of(Factor.Kind.ROUTE_ROLE, ROUTE_ROLE, List.of(), "routeRole." + shared.role(),
                    new Reason.Label("route", shared.route())));
        } else if (sameRoute != null) {
            factors.add(Factor.of(Factor.Kind.ROUTE_ROLE, ROUTE, List.of(), "route", new Reason.Label("route", sameRoute.route())));
        }
        if (seeker.sizeClass() != null && seeker.sizeClass().equals(peer.sizeClass()) && !"unknown".equals(peer.sizeClass())) {
            factors.add(Factor.of(Factor.Kind.SIZE, SIZE, List.of(), "size." + peer.sizeClass()));
        }
        if (seeker.region() != null && seeker.region().equals(peer.region())) {
            factors.add(Factor.of(Factor.Kind.REGION, REGION, List.of(), "region", new Reason.Label("region", peer.region())));
        }
    }

    /**
     * The figures on which the suggested city and the other one face a similar situation, each with both cities'
     * values and years (public figures both, {@link SimilarFigures}), linked to the suggested city's stored values.
     */
    private static void similarFigures(MatchingIndex index, MatchingIndex.City suggested, MatchingIndex.City other,
            List<String> themes, List<Factor> factors) {
        List<SimilarFigures.Pair> pairs = SimilarFigures.between(index.figuresOf(suggested.id()), index.figuresOf(other.id()), themes);
        for (SimilarFigures.Pair p : pairs) {
            SimilarFigures.Figure a = p.suggested();
            SimilarFigures.Figure b = p.other();
            String key = switch (a.scale()) {
                case PERCENT -> "similarPercent";
                case RATIO -> "similarRatio";
                case PER_THOUSAND -> "similarRate";
            };
            List<Factor.Evidence> evidence = List.of(new Factor.Evidence("place_data", suggested.id(), suggested.name()),
                    new Factor.Evidence("indicator", a.indicatorId(), a.indicator().english()));
            factors.add(Factor.of(Factor.Kind.SIMILAR_FIGURES, p == pairs.get(0) ? SIMILAR_FIGURES_FIRST : SIMILAR_FIGURES_MORE,
                    evidence, key, a.indicator(), a.text(), String.valueOf(a.year()), b.text(), other.name(),
                    String.valueOf(b.year())));
        }
    }

    /** Adds the tie factor; false when the peer is already tied on the theme and the seeker did not ask for those. */
    private static boolean tieFactors(MatchingIndex index, Seeker seeker, MatchingIndex.City peer, List<Factor> factors) {
        MatchingIndex.PairTies tie = index.tie(seeker.city().id(), peer.id());
        boolean onTheme = tie != null && (seeker.themes().isEmpty()
                ? tie.kinds().stream().anyMatch(TieKind::isBilateral) || tie.kinds().contains(TieKind.INITIATIVE)
                : tie.themes().stream().anyMatch(seeker.themes()::contains));
        Set<String> sharedNetworks = new LinkedHashSet<>();
        seeker.city().networks().forEach((id, name) -> {
            if (peer.networks().containsKey(id)) {
                sharedNetworks.add(name);
            }
        });
        if (onTheme) {
            if (!seeker.includeExisting()) {
                return false;
            }
            factors.add(Factor.of(Factor.Kind.TIED_ON_THEME, TIED_ON_THEME, List.of(), tie.vias().isEmpty() ? "tiedOnThemeDirect"
                    : "tiedOnTheme", String.join(", ", tie.vias())));
        } else if (tie != null || !sharedNetworks.isEmpty()) {
            Set<String> via = new LinkedHashSet<>(sharedNetworks);
            if (tie != null) {
                via.addAll(tie.vias());
            }
            factors.add(Factor.of(Factor.Kind.EXISTING_TIE, EXISTING_TIE, List.of(), via.isEmpty() ? "existingTieDirect" : "existingTie",
                    String.join(", ", via.stream().limit(3).toList())));
        } else if (seeker.city().underConnected()) {
            factors.add(Factor.of(Factor.Kind.NEW_TIE, NEW_TIE_UNDER_CONNECTED, List.of(), "newTieUnderConnected"));
        } else {
            factors.add(Factor.of(Factor.Kind.NEW_TIE, NEW_TIE, List.of(), "newTie"));
        }
        return true;
    }

    /** The first constraint the peer fails (it is then left out, with this as the reason), or null. */
    private static Factor constraint(MatchingIndex.City seeker, MatchingIndex.City peer, NeedConstraints c, Set<String> languages,
            List<Factor> factors) {
        if (c == null) {
            return null;
        }
        if (c.sameRoute() && peer.routes().stream().noneMatch(seeker.routes()::contains)) {
            return Factor.of(Factor.Kind.CONSTRAINT, 0, List.of(), "constraint.route");
        }
        if (c.southSouth() && !peer.south()) {
            return Factor.of(Factor.Kind.CONSTRAINT, 0, List.of(), "constraint.south");
        }
        if (c.similarSize() && (peer.sizeClass() == null || "unknown".equals(peer.sizeClass())
                || !peer.sizeClass().equals(seeker.sizeClass()))) {
            return Factor.of(Factor.Kind.CONSTRAINT, 0, List.of(), "constraint.size",
                    new Reason.Label("size_class", peer.sizeClass() == null ? "unknown" : peer.sizeClass()));
        }
        long km = Math.round(GreatCircle.km(seeker.latitude(), seeker.longitude(), peer.latitude(), peer.longitude()));
        if (c.withinKm() != null) {
            if (km > c.withinKm()) {
                return Factor.of(Factor.Kind.CONSTRAINT, 0, List.of(), "constraint.distance", String.valueOf(km),
                        String.valueOf(c.withinKm()));
            }
            factors.add(Factor.of(Factor.Kind.DISTANCE, 0, List.of(), "distance", String.valueOf(km)));
        }
        if (c.maxLanguageDistance() != null && languageDistance(seeker, peer, languages) > c.maxLanguageDistance()) {
            return Factor.of(Factor.Kind.CONSTRAINT, 0, List.of(), "constraint.language");
        }
        return null;
    }

    /**
     * 0: the peer works in one of the languages asked for; 1: it shares a language with the seeking city's country
     * (one interpretation step inside the city); 2: neither.
     */
    static int languageDistance(MatchingIndex.City seeker, MatchingIndex.City peer, Set<String> languages) {
        if (peer.languages().stream().anyMatch(languages::contains)) {
            return 0;
        }
        Set<String> own = new HashSet<>(seeker.languages());
        return peer.languages().stream().anyMatch(own::contains) ? 1 : 2;
    }

    private static Matches ordered(long placeId, List<String> themes, List<Scored> scored, int shown) {
        Comparator<Scored> order = Comparator.comparingDouble(Scored::total).reversed()
                .thenComparing(s -> s.peer().name()).thenComparingLong(s -> s.peer().id());
        List<Suggestion> suggestions = new ArrayList<>();
        List<Suggestion> excluded = new ArrayList<>();
        for (Scored s : scored.stream().sorted(order).toList()) {
            if (s.exclusion() == null && suggestions.size() < shown) {
                suggestions.add(suggestion(s, suggestions.size() + 1, s.factors()));
            } else if (s.exclusion() != null && excluded.size() < EXCLUDED_SHOWN) {
                List<Factor> withReason = new ArrayList<>();
                withReason.add(s.exclusion());
                withReason.addAll(s.factors());
                excluded.add(suggestion(s, 0, withReason));
            }
        }
        return new Matches(placeId, themes, true, suggestions, excluded);
    }

    private static Suggestion suggestion(Scored s, int order, List<Factor> factors) {
        return new Suggestion(s.peer().id(), s.peer().name(), s.peer().countryCode(), order, s.contact(), s.offerId(), s.needId(),
                factors);
    }
}
