package org.crossroads.network.needs;

import java.util.Map;
import java.util.Set;

/**
 * Whose private needs and offers one reader sees: every city's (administrators), or those of these cities.
 * Everyone sees public ones. Lists apply it in SQL, so a private statement never reaches a list, a count or
 * the API for anyone else.
 */
public record ReaderScope(boolean everyPlace, Set<Long> places) {

    public static final ReaderScope PUBLIC = new ReaderScope(false, Set.of());

    public ReaderScope {
        places = Set.copyOf(places);
    }

    /** A condition on a statement table's {@code visibility} and {@code place_id}, with {@link #parameters()}. */
    String condition() {
        return "(visibility = 'public' or :everyPlace or place_id = any(:privatePlaces))";
    }

    Map<String, Object> parameters() {
        return Map.of("everyPlace", everyPlace, "privatePlaces", places.toArray(Long[]::new));
    }
}
