package org.crossroads.inventory.web;

import java.util.List;

/** An initiative as a page shows it: every code already turned into a label in the reader's language. */
record InitiativeCard(long id, String name, String summary, String activityType, List<String> themes,
        List<Named> places, List<String> countries, List<Named> networks, List<Named> implementers,
        List<Named> partners, List<Named> donors, String period, String status, List<String> links,
        List<String> gcm, List<String> gcr, List<String> sdg, List<String> lampedusa, List<String> routes,
        boolean networkWide, boolean published, String source, String createdBy, String createdAt,
        String updatedBy, String updatedAt) {

    /** A linked directory record. */
    record Named(long id, String name, String href) {}

    public String placeNames() {
        return String.join(", ", places.stream().map(Named::name).toList());
    }
}
