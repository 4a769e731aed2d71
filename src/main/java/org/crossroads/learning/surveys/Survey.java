package org.crossroads.learning.surveys;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One round of questions about an event: the feedback right after it, or a follow-up 3, 6 or 12
 * months later. Open from {@code opensOn} to {@code closesOn}; {@code sentAt} once invitations left.
 */
public record Survey(long id, long eventId, long templateId, String round, boolean anonymous, LocalDate opensOn,
        LocalDate closesOn, OffsetDateTime sentAt) {

    public boolean isFollowUp() {
        return round.startsWith("follow_up");
    }

    /** Its links work on this day: from {@code opensOn} to {@code closesOn}, both included. */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !isClosedOn(day);
    }

    public boolean isClosedOn(LocalDate day) {
        return day.isAfter(closesOn);
    }
}
