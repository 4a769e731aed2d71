package org.crossroads.directory;

import org.crossroads.shared.web.ListSort;

/**
 * A search over published organisations by name or acronym and type (vocabulary {@code organisation_type}).
 *
 * @param sort relevance to the words (the default with words: the name or acronym itself, then names and acronyms
 *             beginning with them, then the others), name (the default without words) or last change
 */
public record OrganisationQuery(String q, String type, int page, int size, ListSort sort) {

    public OrganisationQuery {
        q = PlaceQuery.blankToEmpty(q);
        type = PlaceQuery.blankToEmpty(type);
        sort = sort == null || sort == ListSort.DATE || sort == ListSort.RELEVANCE && q.isEmpty()
                ? (q.isEmpty() ? ListSort.NAME : ListSort.RELEVANCE) : sort;
    }

    /** By relevance with words, else by name. */
    public OrganisationQuery(String q, String type, int page, int size) {
        this(q, type, page, size, null);
    }

    /** The same search for other words (corrected ones). */
    public OrganisationQuery withWords(String words) {
        return new OrganisationQuery(words, type, page, size, sort);
    }
}
