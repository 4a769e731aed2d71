package org.crossroads.directory;

import java.util.Locale;
import org.crossroads.shared.web.ListSort;

/**
 * A search over places. Without a name query only places the platform knows something about are
 * listed (roles, routes, memberships, partnerships, or added by hand), not the whole gazetteer.
 *
 * @param country ISO 3166-1 alpha-2 code or blank
 * @param role code of vocabulary {@code city_role} or blank
 * @param route code of vocabulary {@code route} or blank
 * @param sizeClass code of vocabulary {@code size_class} or blank
 * @param sort relevance to the name searched for (the default with a name: the name itself, then the most populous),
 *             name (as the reader sees it; the default without a name) or last change
 * @param language the reader's language (ISO 639-1), whose names of places the name order follows; blank for the names
 *                 as the gazetteer writes them
 */
public record PlaceQuery(String q, String country, String role, String route, String sizeClass, int page, int size,
        ListSort sort, String language) {

    public PlaceQuery {
        q = blankToEmpty(q);
        country = blankToEmpty(country).toUpperCase(Locale.ROOT);
        role = blankToEmpty(role);
        route = blankToEmpty(route);
        sizeClass = blankToEmpty(sizeClass);
        sort = sort == null || sort == ListSort.DATE || sort == ListSort.RELEVANCE && q.isEmpty()
                ? (q.isEmpty() ? ListSort.NAME : ListSort.RELEVANCE) : sort;
        language = blankToEmpty(language);
    }

    /** By relevance with a name, else by name as written. */
    public PlaceQuery(String q, String country, String role, String route, String sizeClass, int page, int size) {
        this(q, country, role, route, sizeClass, page, size, null, null);
    }

    /** The same search for another name (a corrected one). */
    public PlaceQuery named(String name) {
        return new PlaceQuery(name, country, role, route, sizeClass, page, size, sort, language);
    }

    static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
