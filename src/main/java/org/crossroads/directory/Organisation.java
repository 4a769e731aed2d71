package org.crossroads.directory;

/**
 * A city network, intergovernmental organisation, NGO, civil society organisation, refugee or migrant
 * association, donor, research institute, national association of local governments or city government.
 *
 * @param type code of vocabulary {@code organisation_type}
 * @param placeId the city of its seat, or null
 * @param alternateNames other names it goes by (a shared acronym, a former name), which search matches like its name
 */
@org.springframework.modulith.NamedInterface("api")
public record Organisation(long id, String externalId, String name, String acronym, String type,
        String countryCode, Long placeId, String website, String description, String publication,
        String source, int version, java.util.List<String> alternateNames) {

    public Organisation {
        alternateNames = alternateNames == null ? java.util.List.of() : java.util.List.copyOf(alternateNames);
    }

    public boolean isNetwork() {
        return "city_network".equals(type);
    }

    /** Acronym when it has one: how networks are usually called ("MC2CM"). */
    public String shortName() {
        return acronym == null || acronym.isBlank() ? name : acronym;
    }
}
