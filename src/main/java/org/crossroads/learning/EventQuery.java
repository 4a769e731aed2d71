package org.crossroads.learning;

/**
 * A search of events: free-text words (read in four languages by {@link LearningEvents#search}), optionally one city
 * (hosted or sent delegates), one organiser and one year; pages of {@code size} from {@code page} 0.
 */
public record EventQuery(String text, Long placeId, Long organisationId, Integer year, int page, int size) {

    public static final int MAX_SIZE = 200;

    public EventQuery {
        page = Math.max(0, page);
        size = size <= 0 ? 50 : Math.min(size, MAX_SIZE);
        text = text == null ? "" : text.strip();
    }

    public static EventQuery text(String text) {
        return new EventQuery(text, null, null, null, 0, 50);
    }

    int offset() {
        return page * size;
    }
}
