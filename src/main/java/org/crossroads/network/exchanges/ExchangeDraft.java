package org.crossroads.network.exchanges;

/**
 * A request as the form gives it, before it is checked.
 *
 * @param needId a need of the requesting city it answers, or null
 * @param offerId an offer of the peer it asks about, or null
 * @param theme a code of the {@code theme} vocabulary, or null (required when there is neither need nor offer)
 * @param activity one of {@link Exchange#ACTIVITIES}
 */
public record ExchangeDraft(long requesterPlaceId, long peerPlaceId, Long needId, Long offerId, String theme,
        String activity, String message) {
}
