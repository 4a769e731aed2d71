package org.crossroads.directory;

/** A search over published organisations by name or acronym and type (vocabulary {@code organisation_type}). */
public record OrganisationQuery(String q, String type, int page, int size) {

    public OrganisationQuery {
        q = PlaceQuery.blankToEmpty(q);
        type = PlaceQuery.blankToEmpty(type);
    }
}
