package org.crossroads.library.practices.web;

import java.util.Locale;
import org.crossroads.library.practices.PracticeQuery;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.BadParameterException;
import org.crossroads.shared.web.ListSort;
import org.crossroads.shared.web.Sorting;

/**
 * The filters of the practice list (page and API) as given: a theme, a country, a city id, a route role (a code of
 * vocabulary {@code city_role}), a size class and words. A code that is not in its vocabulary is refused (400),
 * naming the parameter.
 */
record PracticeFilters(String theme, String country, Long city, String route, String sizeClass, String q) {

    static PracticeFilters of(String theme, String country, Long city, String route, String sizeClass, String q,
            Vocabularies vocabularies) {
        String t = code("theme", Vocabularies.THEME, theme, vocabularies);
        String r = code("route", Vocabularies.CITY_ROLE, route, vocabularies);
        String s = code("sizeClass", Vocabularies.SIZE_CLASS, sizeClass, vocabularies);
        String c = given(country);
        if (c != null) {
            c = c.toUpperCase(Locale.ROOT);
            if (!c.matches("[A-Z]{2}")) {
                throw new BadParameterException("country", "Not an ISO 3166-1 alpha-2 code: " + country);
            }
        }
        String words = given(q);
        if (words != null && words.length() > 200) {
            throw new BadParameterException("q", "At most 200 characters");
        }
        return new PracticeFilters(t, c, city, r, s, words);
    }

    PracticeQuery query() {
        return new PracticeQuery(theme, country, city, route, sizeClass, q);
    }

    /** The orders of the practice list: relevance with words, else by title; by last change. Practices have no date. */
    Sorting sorting(String sort) {
        return Sorting.read(sort, q != null, ListSort.NAME, ListSort.NAME, ListSort.CHANGED);
    }

    /** The list in the order asked for, titles compared as the reader sees them. */
    PracticeQuery query(String sort, Locale reader) {
        return new PracticeQuery(theme, country, city, route, sizeClass, q, sorting(sort).chosen(), reader.getLanguage());
    }

    private static String code(String parameter, String vocabulary, String value, Vocabularies vocabularies) {
        String v = given(value);
        if (v != null && !vocabularies.contains(vocabulary, v)) {
            throw new BadParameterException(parameter, "Unknown " + parameter + " " + v);
        }
        return v;
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
