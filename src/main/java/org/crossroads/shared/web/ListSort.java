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
