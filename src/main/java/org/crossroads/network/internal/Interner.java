package org.crossroads.network.internal;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each equal immutable value across the views of a snapshot: the reasons in words, the
 * counts by kind and the nearest peers of 20,000 cities repeat from city to city and from year to year,
 * and a snapshot of 16 views held them hundreds of megabytes over (docs/benchmarks.md, issue 10).
 * Thread-safe: the views are computed side by side.
 */
final class Interner {

    private final ConcurrentHashMap<Object, Object> values = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <T> T of(T value) {
        return value == null ? null : (T) values.computeIfAbsent(value, v -> v);
    }
}
