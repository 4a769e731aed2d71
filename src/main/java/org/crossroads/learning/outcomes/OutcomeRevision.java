package org.crossroads.learning.outcomes;

import java.time.OffsetDateTime;

/**
 * One change to a validated outcome statement: a correction, its withdrawal or its restoration after a
 * withdrawal, with why, by whom and when, and the statement as it was before (its main fields here; the whole of it is kept in
 * {@code outcome_revision.previous}). Shown to the coordinators of the outcome's network and administrators.
 *
 * @param version the version of the statement the change replaced
 * @param change {@link #CORRECTED}, {@link #WITHDRAWN} or {@link #RESTORED}
 */
public record OutcomeRevision(long id, int version, String change, String reason, String changedBy,
        OffsetDateTime changedAt, String previousChangeAgent, String previousChangeType, String previousDescription) {

    public static final String CORRECTED = "corrected";
    public static final String WITHDRAWN = "withdrawn";
    public static final String RESTORED = "restored";
}
