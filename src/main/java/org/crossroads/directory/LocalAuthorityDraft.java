package org.crossroads.directory;

import java.util.List;

/**
 * A city or local authority that the gazetteer lacks.
 *
 * @param externalId {@code place:<slug>}; when blank, made from the name
 * @param countryCode ISO 3166-1 alpha-2
 * @param population inhabitants, or null when unknown
 */
public record LocalAuthorityDraft(String externalId, String name, String countryCode, Long population,
        Double latitude, Double longitude, List<String> roles, List<String> routes, String source) {

    public LocalAuthorityDraft {
        roles = roles == null ? List.of() : List.copyOf(roles);
        routes = routes == null ? List.of() : List.copyOf(routes);
    }
}
