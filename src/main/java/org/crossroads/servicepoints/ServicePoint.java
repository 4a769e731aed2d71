package org.crossroads.servicepoints;

import java.util.List;

/**
 * A place inside a city where people are received and helped: a reception and orientation office, a
 * legal aid desk, a one-stop shop, a health centre… Its city is a directory place, its operator an
 * optional directory organisation, both by id.
 *
 * @param kind a code of the {@value #KIND_VOCABULARY} vocabulary
 * @param languages ISO 639-1 codes of the languages the staff serve people in
 * @param publication {@code published}, or {@code proposed} until an editor who may publish it does
 */
public record ServicePoint(long id, String externalId, long placeId, String name, String kind, String address,
        double latitude, double longitude, Long operatorId, List<String> languages, String openingHours, String phone,
        String website, String description, String source, String publication, String createdBy, int version) {

    /** The controlled vocabulary of kinds of service points ({@code vocabulary/terms.csv}). */
    public static final String KIND_VOCABULARY = "service_point_kind";

    /** How far from its city's coordinates a point may lie, in km (a farther one has wrong coordinates). */
    public static final int MAX_DISTANCE_KM = 50;

    public ServicePoint {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    public boolean isPublished() {
        return "published".equals(publication);
    }
}
