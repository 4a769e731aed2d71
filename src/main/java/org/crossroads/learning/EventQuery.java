package org.crossroads.learning;

import java.util.Arrays;
import java.util.List;

/**
 * A search of events: free-text words (all must match the theme or host city), optionally one city
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

    List<String> words() {
        return text.isEmpty() ? List.of() : Arrays.stream(text.split("\\s+")).filter(w -> !w.isBlank()).limit(10).toList();
    }

    int offset() {
        return page * size;
    }
}
