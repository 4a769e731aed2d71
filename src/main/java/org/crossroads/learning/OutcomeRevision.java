package org.crossroads.learning;

import java.time.OffsetDateTime;

/**
 * One change to a validated outcome statement: a correction or its withdrawal, with why, by whom and when,
 * and the statement as it was before (its main fields here; the whole of it is kept in
 * {@code outcome_revision.previous}). Shown to the coordinators of the outcome's network and administrators.
 *
 * @param version the version of the statement the change replaced
 * @param change {@link #CORRECTED} or {@link #WITHDRAWN}
 */
public record OutcomeRevision(long id, int version, String change, String reason, String changedBy,
        OffsetDateTime changedAt, String previousChangeAgent, String previousChangeType, String previousDescription) {

    public static final String CORRECTED = "corrected";
    public static final String WITHDRAWN = "withdrawn";
}
