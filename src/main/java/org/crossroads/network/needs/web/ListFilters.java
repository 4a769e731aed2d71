package org.crossroads.network.needs.web;

import java.util.List;
import java.util.Locale;
import org.crossroads.network.needs.StatementQuery;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.BadParameterException;
import org.crossroads.shared.web.ListSort;
import org.crossroads.shared.web.Sorting;

/**
 * The filters of the lists of needs and offers (pages and API) as given: theme and route codes of their
 * vocabularies, a country code, a status. A value that is not one of them is refused (400), naming the parameter.
 */
record ListFilters(String theme, String route, String country, String status) {

    static ListFilters of(String theme, String route, String country, String status, List<String> statuses,
            Vocabularies vocabularies) {
        String t = given(theme);
        if (t != null && !vocabularies.contains(Vocabularies.THEME, t)) {
            throw new BadParameterException("theme", "Unknown theme " + t);
        }
        String r = given(route);
        if (r != null && !vocabularies.contains(Vocabularies.ROUTE, r)) {
            throw new BadParameterException("route", "Unknown route " + r);
        }
        String c = given(country);
        if (c != null) {
            c = c.toUpperCase(Locale.ROOT);
            if (!c.matches("[A-Z]{2}")) {
                throw new BadParameterException("country", "Not an ISO 3166-1 alpha-2 code: " + country);
            }
        }
        String s = given(status);
        if (s != null && !statuses.contains(s)) {
            throw new BadParameterException("status", "Unknown status " + s + "; one of " + String.join(", ", statuses));
        }
        return new ListFilters(t, r, c, s);
    }

    StatementQuery query() {
        return new StatementQuery(theme, route, country, status, null);
    }

    /** The list in the order asked for, titles compared as the reader sees them. */
    StatementQuery query(String sort, Locale reader) {
        return new StatementQuery(theme, route, country, status, null, sorting(sort).chosen(), reader.getLanguage());
    }

    /** The orders of the lists of needs and offers: newest first (the default), by title, by last change; no words. */
    static Sorting sorting(String sort) {
        return Sorting.read(sort, false, ListSort.DATE, ListSort.NAME, ListSort.DATE, ListSort.CHANGED);
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
