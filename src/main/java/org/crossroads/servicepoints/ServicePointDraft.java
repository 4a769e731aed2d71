package org.crossroads.servicepoints;

import java.util.List;

/**
 * A service point as a form or an import row gives it, before validation: its city and operator by
 * reference ({@code Sfax, TN}, {@code geonames:2467454}, {@code org:…} or an organisation's name).
 *
 * @param externalId stable id for re-imports; a form may leave it empty and one is made
 * @param latitude null when missing or unreadable (the form or the import reports why)
 */
public record ServicePointDraft(String externalId, String city, String name, String kind, String address, Double latitude,
        Double longitude, String operator, List<String> languages, String openingHours, String phone, String website,
        String description, String source) {

    public ServicePointDraft {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
