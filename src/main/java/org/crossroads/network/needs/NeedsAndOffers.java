package org.crossroads.network.needs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.springframework.stereotype.Service;

/**
 * Reads needs and offers for one reader: pages, the API and (later) matching go through here, so a private
 * statement reaches only the city's focal points, the coordinators of its networks and administrators. Theme,
 * status and city filter in SQL; route and country are the city's, read from the directory's public API.
 */
@Service
public class NeedsAndOffers {

    private final NeedStatements needs;
    private final OfferStatements offers;
    private final StatementAccess access;
    private final Places places;

    NeedsAndOffers(NeedStatements needs, OfferStatements offers, StatementAccess access, Places places) {
        this.needs = needs;
        this.offers = offers;
        this.access = access;
        this.places = places;
    }

    public List<Need> needs(StatementQuery query, Optional<Editor> reader) {
        return inPlaces(needs.search(query, access.scope(reader)), query, Need::placeId);
    }

    public List<Offer> offers(StatementQuery query, Optional<Editor> reader) {
        return inPlaces(offers.search(query, access.scope(reader)), query, Offer::placeId);
    }

    /** The need, if this reader may see it (a private need is not found for the others). */
    public Optional<Need> need(long id, Optional<Editor> reader) {
        return needs.find(id).filter(n -> access.maySee(reader, n.placeId(), n.visibility()));
    }

    public Optional<Offer> offer(long id, Optional<Editor> reader) {
        return offers.find(id).filter(o -> access.maySee(reader, o.placeId(), o.visibility()));
    }

    /**
     * Whether the city agreed to be contacted by peers: it has an available offer, on the theme when one is given,
     * that says so. Private offers count (the city's own word), but only this yes or no leaves here, so that
     * exchange mail can go to the city itself or, without consent, to its networks' coordinators first.
     */
    public boolean agreesToBeContacted(long placeId, String theme) {
        StatementQuery query = new StatementQuery(theme, null, null, Offer.AVAILABLE, placeId);
        return offers.search(query, new ReaderScope(false, java.util.Set.of(placeId))).stream()
                .anyMatch(Offer::contactConsent);
    }

    private <T> List<T> inPlaces(List<T> found, StatementQuery query, ToLongFunction<T> placeOf) {
        if (query.route() == null && query.country() == null) {
            return found;
        }
        Map<Long, Place> cities = places.findAll(found.stream().map(placeOf::applyAsLong).distinct().toList());
        return found.stream().filter(s -> {
            Place p = cities.get(placeOf.applyAsLong(s));
            return p != null && (query.route() == null || p.routes().contains(query.route()))
                    && (query.country() == null || p.countryCode().equalsIgnoreCase(query.country()));
        }).toList();
    }

}
