package org.crossroads.network.needs;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Expertise a city can share with peers, with the evidence that shows it and whether peers may contact it.
 *
 * @param languages ISO 639-1 codes of the languages the city can share it in
 * @param contactConsent the city agrees to be contacted by peers about this offer
 * @param status {@link #AVAILABLE} or {@link #WITHDRAWN}
 */
public record Offer(long id, long placeId, StatementText text, List<String> themes, List<String> activityTypes,
        List<String> languages, Evidence evidence, boolean contactConsent, String status, Visibility visibility,
        String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt, int version) {

    public static final String AVAILABLE = "available";
    public static final String WITHDRAWN = "withdrawn";
    public static final List<String> STATUSES = List.of(AVAILABLE, WITHDRAWN);

    public Offer {
        themes = List.copyOf(themes);
        activityTypes = List.copyOf(activityTypes);
        languages = List.copyOf(languages);
    }

    public boolean isPrivate() {
        return visibility == Visibility.PRIVATE;
    }
}
