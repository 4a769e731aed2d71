package org.crossroads.network.exchanges;

import java.time.LocalDate;
import java.util.List;

/**
 * What an accepted exchange becomes, as the form gives it.
 *
 * @param kind {@link Exchange#EVENT} (a planned peer-learning event), {@link Exchange#STUDY_VISIT} (an in-person
 *     event with a field visit, hosted by the peer) or {@link Exchange#PARTNERSHIP}
 * @param title the event's theme in words (events and visits)
 * @param format a code of learning's {@code event_format} vocabulary (events; a visit is in person)
 * @param hostPlaceId the host city of an event: one of the two (a visit is hosted by the peer)
 * @param organiserId the network organising the event: one the two cities are members of
 * @param languages ISO 639-1 codes of the event's working languages
 * @param partnershipKind a code of the {@code partnership_kind} vocabulary (partnerships)
 */
public record Arrangement(String kind, String title, LocalDate startsOn, LocalDate endsOn, String format,
        Long hostPlaceId, Long organiserId, List<String> languages, String partnershipKind) {

    public Arrangement {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
