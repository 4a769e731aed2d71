package org.crossroads.network.exchanges;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A request for an exchange between two cities (directory places by id) and what became of it. It answers a need
 * of the requesting city, asks about an offer of the peer, or names a theme (at least one of the three).
 *
 * @param activity what the requester would like: {@link #EVENT}, {@link #STUDY_VISIT} or {@link #PARTNERSHIP}
 * @param message the requester's personal message: seen only by those {@link ExchangeAccess#maySee} lets see it
 * @param status {@link #REQUESTED}, then {@link #ACCEPTED}, {@link #DECLINED} or {@link #REDIRECTED}; an accepted
 *     exchange becomes {@link #ARRANGED}
 * @param answerNote the peer's note on accepting, reason for declining or note on the other contact
 * @param redirectPlaceId the other city the peer proposes, when redirected (or null)
 * @param redirectContact the other contact the peer proposes in words (an organisation, a role), when redirected
 * @param arrangedAs what the exchange became (one of the activities), with {@code eventId} (learning) or
 *     {@code partnershipId} (directory)
 */
public record Exchange(long id, long requesterPlaceId, long peerPlaceId, Long needId, Long offerId, String theme,
        String activity, String message, String status, String answerNote, Long redirectPlaceId, String redirectContact,
        String arrangedAs, Long eventId, Long partnershipId, String requestedBy, OffsetDateTime requestedAt,
        String answeredBy, OffsetDateTime answeredAt, String arrangedBy, OffsetDateTime arrangedAt, int version) {

    public static final String EVENT = "event";
    public static final String STUDY_VISIT = "study_visit";
    public static final String PARTNERSHIP = "partnership";
    public static final List<String> ACTIVITIES = List.of(EVENT, STUDY_VISIT, PARTNERSHIP);

    public static final String REQUESTED = "requested";
    public static final String ACCEPTED = "accepted";
    public static final String DECLINED = "declined";
    public static final String REDIRECTED = "redirected";
    public static final String ARRANGED = "arranged";
    public static final List<String> STATUSES = List.of(REQUESTED, ACCEPTED, DECLINED, REDIRECTED, ARRANGED);

    public boolean isOpen() {
        return REQUESTED.equals(status);
    }

    public boolean isAccepted() {
        return ACCEPTED.equals(status);
    }

    /** Whether the city is one of the two. */
    public boolean involves(long placeId) {
        return requesterPlaceId == placeId || peerPlaceId == placeId;
    }
}
