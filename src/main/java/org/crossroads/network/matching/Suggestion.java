package org.crossroads.network.matching;

import java.util.List;

/**
 * A peer city suggested to a city, with every factor that puts it where it is in the order. There is no score:
 * suggestions compare similar challenges and resources, they do not rank which city does best (seed 004).
 *
 * @param order 1 for the first suggestion
 * @param contact whether the peer agreed to be contacted (an offer with contact consent)
 * @param offerId the peer's offer that the suggestion rests on, if any (the one a request would name)
 * @param needId for matching from an offer: the peer's open need that the offer answers, if any
 */
public record Suggestion(long placeId, String name, String countryCode, int order, Contact contact, Long offerId,
        Long needId, List<Factor> factors) {

    public Suggestion {
        factors = List.copyOf(factors);
    }

    /** How a request reaches the peer (docs/network.md, "Consent"). */
    public enum Contact {
        /** The peer stated an offer and agreed to be contacted about it: the request goes to its focal point. */
        AGREED,
        /** Not yet agreed: the request goes to the coordinators of the peer's networks, who ask the city first. */
        THROUGH_COORDINATOR;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
