package org.crossroads.directory;

/**
 * An organisation as an editor or an import file gives it.
 *
 * @param externalId stable id such as {@code org:mc2cm}; when blank (forms), made from the acronym or name
 * @param type code or label of vocabulary {@code organisation_type}
 * @param countryCode ISO 3166-1 alpha-2 of its seat, or blank
 * @param city place reference of its seat ({@code geonames:2467454}, {@code Sfax, TN}, {@code place:kanifing}), or blank
 * @param website an http(s) address, or blank
 * @param alternateNames the other names it goes by, one per entry; null leaves the stored ones as they are
 */
public record OrganisationDraft(String externalId, String name, String acronym, String type, String countryCode,
        String city, String website, String description, String source, java.util.List<String> alternateNames) {

    /** A draft that leaves the other names as they are (imports without the column, older callers). */
    public OrganisationDraft(String externalId, String name, String acronym, String type, String countryCode,
            String city, String website, String description, String source) {
        this(externalId, name, acronym, type, countryCode, city, website, description, source, null);
    }
}
