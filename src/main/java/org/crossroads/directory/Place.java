package org.crossroads.directory;

import java.util.List;

/**
 * A city or local authority. Gazetteer places carry a GeoNames id; local authorities added by hand
 * carry an external id instead.
 *
 * @param sizeClass small, intermediary (50,000 to 1,000,000 inhabitants) or metropolitan, computed
 *     from the population; unknown when the population is not known (null, or 0 as GeoNames writes it)
 * @param roles roles along migration routes: origin, transit, destination
 * @param routes Central, Western, Eastern Mediterranean, Atlantic
 */
@org.springframework.modulith.NamedInterface("api")
public record Place(long id, Long geonamesId, String externalId, String name, String countryCode,
        Long population, double latitude, double longitude, String sizeClass,
        List<String> roles, List<String> routes, int version) {

    /** The reference that import files use for this place. */
    public String reference() {
        if (geonamesId != null) {
            return "geonames:" + geonamesId;
        }
        return externalId;
    }

    public boolean isIntermediary() {
        return "intermediary".equals(sizeClass);
    }

    public boolean sizeUnknown() {
        return "unknown".equals(sizeClass);
    }
}
