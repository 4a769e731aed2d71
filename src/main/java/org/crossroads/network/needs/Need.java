package org.crossroads.network.needs;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a city needs to learn or set up ("a one-stop shop for migrants"), stated by its focal point, a
 * coordinator of one of its networks on its behalf, or an administrator. The city is a directory place by id.
 *
 * @param themes codes of the {@code theme} vocabulary (at least one)
 * @param activityTypes codes of the {@code activity_type} vocabulary: the kinds of exchange wanted
 * @param preferredLanguages ISO 639-1 codes of the languages the city would work in
 * @param status {@link #OPEN}, {@link #MET} or {@link #WITHDRAWN}
 */
public record Need(long id, long placeId, StatementText text, List<String> themes, List<String> activityTypes,
        List<String> preferredLanguages, NeedConstraints constraints, String status, Visibility visibility,
        String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt, int version) {

    public static final String OPEN = "open";
    public static final String MET = "met";
    public static final String WITHDRAWN = "withdrawn";
    public static final List<String> STATUSES = List.of(OPEN, MET, WITHDRAWN);

    public Need {
        themes = List.copyOf(themes);
        activityTypes = List.copyOf(activityTypes);
        preferredLanguages = List.copyOf(preferredLanguages);
    }

    public boolean isPrivate() {
        return visibility == Visibility.PRIVATE;
    }
}
