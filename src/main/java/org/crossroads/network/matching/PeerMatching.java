package org.crossroads.network.matching;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.network.needs.Need;
import org.crossroads.network.needs.NeedConstraints;
import org.crossroads.network.needs.NeedsAndOffers;
import org.crossroads.network.needs.Offer;
import org.crossroads.network.needs.StatementQuery;
import org.springframework.stereotype.Service;

/**
 * Suggests peer cities, each with the factors that explain it (docs/network.md, "Peer matching"): for a city's
 * need, for an offer (which cities need it), and for a whole city on a theme or on every theme. Reads the
 * {@link MatchingIndex} built in the background; on the request path it reads only the need or offer asked about
 * and, for a signed-in reader, the private statements that reader may see (one query), never one per candidate.
 * A private need or offer reaches only readers who may see it ({@link NeedsAndOffers}), so it never explains a
 * suggestion to anyone else.
 */
@Service
public class PeerMatching {

    private final MatchingIndexes indexes;
    private final NeedsAndOffers statements;
    private final Places places;
    private final CountryLanguages languages;

    PeerMatching(MatchingIndexes indexes, NeedsAndOffers statements, Places places, CountryLanguages languages) {
        this.indexes = indexes;
        this.statements = statements;
        this.places = places;
        this.languages = languages;
    }

    /**
     * Peers that could help with a need, its constraints applied (and explained for the peers they leave out).
     *
     * @throws RecordNotFoundException when there is no such need or the reader may not see it
     */
    public Matches forNeed(long needId, Optional<Editor> reader, boolean includeExisting) {
        Need need = statements.need(needId, reader).orElseThrow(() -> new RecordNotFoundException("need", needId));
        Optional<MatchingIndex> index = indexes.latest();
        if (index.isEmpty()) {
            return Matches.notReady(need.placeId(), need.themes());
        }
        MatchingIndex.City city = city(index.get(), need.placeId());
        Set<String> wanted = new LinkedHashSet<>(need.preferredLanguages().isEmpty() ? city.languages() : need.preferredLanguages());
        Ranking.Seeker seeker = new Ranking.Seeker(city, need.themes(), need.activityTypes(), wanted, need.constraints(),
                includeExisting);
        return Ranking.peersFor(index.get(), seeker, privateOffers(reader, need.themes()));
    }

    public Matches forNeed(long needId, Optional<Editor> reader) {
        return forNeed(needId, reader, false);
    }

    /**
     * Cities that need what an offer offers: open needs of other cities on its themes, and under-connected cities on
     * the offering city's routes with no initiative on the theme yet. Each needing city's constraints apply to the
     * offering city.
     *
     * @throws RecordNotFoundException when there is no such offer or the reader may not see it
     */
    public Matches forOffer(long offerId, Optional<Editor> reader) {
        Offer offer = statements.offer(offerId, reader).orElseThrow(() -> new RecordNotFoundException("offer", offerId));
        Optional<MatchingIndex> index = indexes.latest();
        if (index.isEmpty()) {
            return Matches.notReady(offer.placeId(), offer.themes());
        }
        List<MatchingIndex.Statement> privateNeeds = reader.isEmpty() ? List.of()
                : offer.themes().stream().flatMap(t -> statements.needs(new StatementQuery(t, null, null, Need.OPEN, null), reader)
                        .stream()).filter(Need::isPrivate).distinct().map(IndexBuilding::statement).toList();
        return Ranking.needersOf(index.get(), city(index.get(), offer.placeId()), IndexBuilding.statement(offer), privateNeeds);
    }

    /**
     * Peers that could help a city on a theme (null: on every theme), preferring new ties for an under-connected city.
     *
     * @throws IllegalArgumentException when there is no such city
     */
    public Matches forCity(long placeId, String theme, Optional<Editor> reader, boolean includeExisting) {
        List<String> themes = theme == null ? List.of() : List.of(theme);
        Optional<MatchingIndex> index = indexes.latest();
        if (index.isEmpty()) {
            places.find(placeId).orElseThrow(() -> new IllegalArgumentException("No place " + placeId));
            return Matches.notReady(placeId, themes);
        }
        return forCity(index.get(), placeId, themes, privateOffers(reader, themes), includeExisting, Ranking.SHOWN);
    }

    public Matches forCity(long placeId, String theme, Optional<Editor> reader) {
        return forCity(placeId, theme, reader, false);
    }

    /** On a given index: the evaluation asks with an index built without the held-out outcome. */
    Matches forCity(MatchingIndex index, long placeId, List<String> themes, List<MatchingIndex.Statement> privateOffers,
            boolean includeExisting, int shown) {
        MatchingIndex.City city = city(index, placeId);
        Ranking.Seeker seeker = new Ranking.Seeker(city, themes, List.of(), city.languages(), NeedConstraints.NONE, includeExisting);
        return Ranking.peersFor(index, seeker, privateOffers, shown);
    }

    /** Whether suggestions can be made yet (the index is built after the first cooperation graph). */
    public boolean ready() {
        return indexes.latest().isPresent();
    }

    private List<MatchingIndex.Statement> privateOffers(Optional<Editor> reader, List<String> themes) {
        if (reader.isEmpty()) {
            return List.of();
        }
        List<String> asked = themes.isEmpty() ? java.util.Collections.singletonList(null) : themes;
        return asked.stream().flatMap(t -> statements.offers(new StatementQuery(t, null, null, Offer.AVAILABLE, null), reader).stream())
                .filter(Offer::isPrivate).distinct().map(IndexBuilding::statement).toList();
    }

    /** The city's context in the index, or (a place no record names and off every route) from the directory. */
    private MatchingIndex.City city(MatchingIndex index, long placeId) {
        MatchingIndex.City city = index.cities().get(placeId);
        if (city != null) {
            return city;
        }
        Place p = places.find(placeId).orElseThrow(() -> new IllegalArgumentException("No place " + placeId));
        return new MatchingIndex.City(p.id(), p.name(), p.countryCode(), p.sizeClass(), p.latitude(), p.longitude(), List.of(),
                languages.of(p.countryCode()), GlobalSouth.includes(p.countryCode()), null, false, java.util.Map.of());
    }
}
