package org.crossroads.commitments;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A reporting round: before a review, the pledging cities of a framework are asked, each through a personal link, to
 * update their pledges' status and evidence until {@code closesOn}, or until a coordinator closes it.
 */
public record ReportingRound(long id, long frameworkId, long cycleId, LocalDate closesOn, String message,
        String openedBy, OffsetDateTime openedAt, String closedBy, OffsetDateTime closedAt) {

    /** Whether its links still work today. */
    public boolean isOpen(LocalDate today) {
        return closedAt == null && !today.isAfter(closesOn);
    }

    /**
     * One city asked to report: where the link went (erased once the round closes), how often it was reminded and when
     * the city reported.
     */
    public record Invitation(long id, long roundId, long placeId, String email, String language, int reminders,
            OffsetDateTime lastSentAt, OffsetDateTime reportedAt) {

        public boolean reported() {
            return reportedAt != null;
        }
    }
}
