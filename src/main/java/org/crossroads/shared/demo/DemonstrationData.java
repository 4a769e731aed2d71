package org.crossroads.shared.demo;

import java.util.random.RandomGenerator;

/**
 * One module's part of the demonstration dataset (issue 12 §3): generated records, flagged as demonstration in the
 * module's own tables, that fill its dashboards, charts and maps for a newcomer. Each module implements it in its
 * internal package; {@link Demonstration} adds and removes the parts in {@link #order()}.
 */
public interface DemonstrationData {

    /**
     * The author of every demonstration record (its {@code created_by}, {@code assessed_by}…): no account can have
     * this name (usernames allow no parentheses), so it marks the records for labels, exports and removal.
     */
    String AUTHOR = "(demonstration)";

    /** A stable name for the part ("learning", "data"), for logs and the administrators' page. */
    String part();

    /** Parts are added in ascending order and removed in descending order (a later part may use an earlier one). */
    default int order() {
        return 0;
    }

    /** Adds the part's records; called once, in a transaction, when none are present. Same seed, same records. */
    void add(RandomGenerator random);

    /** How many demonstration records the part holds now (its main records: events, values…). */
    long count();

    /** Deletes every demonstration record of the part, and nothing else. */
    void remove();
}
