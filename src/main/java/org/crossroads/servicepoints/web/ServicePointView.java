package org.crossroads.servicepoints.web;

/**
 * A service point as the pages show it, in the reader's language.
 *
 * @param anchor the id of its entry in the city's list, which links and map popups point to
 * @param phoneHref a {@code tel:} address, or null
 */
record ServicePointView(long id, String anchor, String name, String kind, String kindLabel, String address,
        String coordinates, Long operatorId, String operatorName, String languages, String openingHours, String phone,
        String phoneHref, String website, String description, String source, boolean published, boolean mayEdit,
        boolean mayPublish) {
}
