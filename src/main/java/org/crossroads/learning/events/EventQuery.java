package org.crossroads.learning.events;

import org.crossroads.shared.web.ListSort;

/**
 * A search of events: free-text words (read in four languages by {@link LearningEvents#search}), optionally one city
 * (hosted or sent delegates), one organiser and one year; pages of {@code size} from {@code page} 0.
 *
 * @param sort     relevance to the words (the default with words), date (the start, newest first; the default without),
 *                 name (the theme as the reader sees it) or last change
 * @param language the reader's language (ISO 639-1), whose translated themes the name order follows
 */
public record EventQuery(String text, Long placeId, Long organisationId, Integer year, int page, int size, ListSort sort,
        String language) {

    public static final int MAX_SIZE = 200;

    public EventQuery {
        page = Math.max(0, page);
        size = size <= 0 ? 50 : Math.min(size, MAX_SIZE);
        text = text == null ? "" : text.strip();
        sort = sort == null || sort == ListSort.RELEVANCE && text.isEmpty() ? (text.isEmpty() ? ListSort.DATE : ListSort.RELEVANCE) : sort;
        language = language == null ? "" : language;
    }

    /** Newest first, or by relevance with words. */
    public EventQuery(String text, Long placeId, Long organisationId, Integer year, int page, int size) {
        this(text, placeId, organisationId, year, page, size, null, null);
    }

    public static EventQuery text(String text) {
        return new EventQuery(text, null, null, null, 0, 50);
    }

    int offset() {
        return page * size;
    }
}
