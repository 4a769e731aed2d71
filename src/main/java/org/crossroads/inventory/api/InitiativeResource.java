package org.crossroads.inventory.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An initiative in the API and in JSON exports: codes, not labels, plus the names of linked records; name and summary
 * as written, in {@code language}, with the translations beside them.
 */
public record InitiativeResource(long id, String externalId, String url, String name, String summary,
        String activityType, List<String> themes, List<PlaceRef> places, List<String> countries, boolean networkWide,
        List<OrganisationRef> networks, List<OrganisationRef> implementers, List<OrganisationRef> partners,
        List<OrganisationRef> donors, LocalDate start, LocalDate end, String status, List<String> links,
        List<Integer> gcmObjectives, List<Integer> gcrObjectives, List<String> sdgTargets,
        List<Integer> lampedusaPrinciples, List<String> routes, Map<String, Map<String, String>> translations,
        String language, String source, String enteredBy, String enteredAt, String changedBy, String changedAt) {

    public record PlaceRef(long id, String name, String countryCode, double latitude, double longitude, String reference) {}

    public record OrganisationRef(long id, String externalId, String name) {}
}
