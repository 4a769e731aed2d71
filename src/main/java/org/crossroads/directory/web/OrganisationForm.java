package org.crossroads.directory.web;

import java.util.List;

/**
 * The organisation form; {@code city} is a place reference such as "Sfax, TN"; {@code alternateNames} the other
 * names it goes by, one per line.
 */
record OrganisationForm(String name, String acronym, String alternateNames, String type, String country, String city,
        String website, String description, String source, Integer version) {

    /** The other names as typed, one per line; an empty list clears them. */
    List<String> alternateNameList() {
        return alternateNames == null ? List.of() : alternateNames.lines().toList();
    }

    OrganisationForm withVersion(int newVersion) {
        return new OrganisationForm(name, acronym, alternateNames, type, country, city, website, description, source,
                newVersion);
    }
}
