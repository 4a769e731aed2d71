package org.crossroads.directory.web;

/** The organisation form; {@code city} is a place reference such as "Sfax, TN". */
record OrganisationForm(String name, String acronym, String type, String country, String city, String website,
        String description, String source, Integer version) {
}
