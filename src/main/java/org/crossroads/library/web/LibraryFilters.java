package org.crossroads.library.web;

import java.util.Locale;
import org.crossroads.library.Document;
import org.crossroads.library.DocumentQuery;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.BadParameterException;
import org.crossroads.shared.web.ListSort;
import org.crossroads.shared.web.Sorting;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the library's lists as given (page, API, exports): a value that is not a type, theme, country,
 * year, language or access level is refused (400) naming the parameter. City and network are ids.
 */
record LibraryFilters(String type, String theme, String country, Long city, Long network, Integer year, String language,
        String access, String q) {

    static LibraryFilters of(String type, String theme, String country, String city, String network, String year,
            String language, String access, String q, Vocabularies vocabularies) {
        String t = given(type);
        if (t != null && !Document.TYPES.contains(t)) {
            throw new BadParameterException("type", "Unknown type " + t + "; one of " + String.join(", ", Document.TYPES));
        }
        String th = given(theme);
        if (th != null && !vocabularies.contains(Vocabularies.THEME, th)) {
            throw new BadParameterException("theme", "Unknown theme " + th);
        }
        String c = given(country);
        if (c != null) {
            c = c.toUpperCase(Locale.ROOT);
            if (!c.matches("[A-Z]{2}")) {
                throw new BadParameterException("country", "Not an ISO 3166-1 alpha-2 code: " + country);
            }
        }
        String l = given(language);
        if (l != null && !l.matches("[a-z]{2}")) {
            throw new BadParameterException("language", "Not an ISO 639-1 code: " + language);
        }
        String a = given(access);
        if (a != null && !Document.ACCESS_LEVELS.contains(a)) {
            throw new BadParameterException("access", "Unknown access level " + a);
        }
        Integer y = number("year", year, 1900, 2100);
        Long cityId = id("city", city);
        Long networkId = id("network", network);
        String words = given(q);
        if (words != null && words.length() > 200) {
            throw new BadParameterException("q", "At most 200 characters");
        }
        return new LibraryFilters(t, th, c, cityId, networkId, y, l, a, words);
    }

    /** The orders of the library: relevance with words, else newest first; by title; by last change. */
    Sorting sorting(String sort) {
        return Sorting.read(sort, q != null, ListSort.DATE, ListSort.NAME, ListSort.DATE, ListSort.CHANGED);
    }

    /** A page of the list in the order asked for, titles compared as the reader sees them. */
    DocumentQuery query(int page, int size, String sort, Locale reader) {
        return query(page, size).sorted(sorting(sort).chosen(), reader.getLanguage());
    }

    DocumentQuery query(int page, int size) {
        if (page < 1) {
            throw new BadParameterException("page", "Pages start at 1");
        }
        if (size < 1 || size > DocumentQuery.MAX_SIZE) {
            throw new BadParameterException("size", "Size must be between 1 and " + DocumentQuery.MAX_SIZE);
        }
        return new DocumentQuery(type, theme, country, city, network, year, language, access, q, page, size);
    }

    /** The path with these filters (and the page, when above 1), digits written the same in every language. */
    String href(String path, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        add(b, "q", q);
        add(b, "type", type);
        add(b, "theme", theme);
        add(b, "country", country);
        add(b, "city", city == null ? null : Long.toString(city));
        add(b, "network", network == null ? null : Long.toString(network));
        add(b, "year", year == null ? null : Integer.toString(year));
        add(b, "language", language);
        add(b, "access", access);
        if (page > 1) {
            b.queryParam("page", Integer.toString(page));
        }
        return b.build().encode().toUriString();
    }

    private static void add(UriComponentsBuilder b, String name, String value) {
        if (value != null) {
            b.queryParam(name, value);
        }
    }

    private static Integer number(String name, String value, int min, int max) {
        String v = given(value);
        if (v == null) {
            return null;
        }
        if (!v.matches("\\d{1,4}") || Integer.parseInt(v) < min || Integer.parseInt(v) > max) {
            throw new BadParameterException(name, "A year from " + min + " to " + max);
        }
        return Integer.valueOf(v);
    }

    private static Long id(String name, String value) {
        String v = given(value);
        if (v == null) {
            return null;
        }
        if (!v.matches("\\d{1,18}")) {
            throw new BadParameterException(name, "Not an id: " + v);
        }
        return Long.valueOf(v);
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
