package org.crossroads.shared.web;

import java.util.Locale;
import java.util.Optional;

/**
 * The orders a list offers its readers (issue 12 §4), named in URLs by {@link #code()} ({@code sort=name}): by
 * relevance to the words searched for, by name (A–Z as the reader sees the names), by the list's own date (newest
 * first) and by the time a record last changed (most recent first). Each list says which it offers and how it does
 * each in SQL or in its index, always before paging and with the id breaking ties.
 */
public enum ListSort {
    RELEVANCE, NAME, DATE, CHANGED;

    /** The query parameter that names the order. */
    public static final String PARAMETER = "sort";

    /** How URLs, forms and the API name the order. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The key a list orders names by in SQL: the name as multilingual search compares it ({@code crossroads_normalise}:
     * no case, accents or Arabic letter variants), without the punctuation a title may open with ("¿", "«", quotes),
     * compared code point by code point whatever the database's collation: A–Z for the Latin letters of the four
     * languages, and the Arabic letters in their alphabetical order.
     *
     * @param name an SQL expression giving the name as the reader sees it
     */
    public static String nameKey(String name) {
        return "crossroads_normalise(ltrim(" + name + ", ' ¿¡«»\"''“”‘’([-–—.…')) collate \"C\"";
    }

    /** The order a code names; empty for anything else, which lists read as "the default order". */
    public static Optional<ListSort> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        for (ListSort sort : values()) {
            if (sort.code().equalsIgnoreCase(wanted)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
