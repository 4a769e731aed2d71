package org.crossroads.shared.mail;

import java.time.OffsetDateTime;

/**
 * Counts of the outbox for administrators.
 *
 * @param pending not sent yet and still to be tried (includes {@code failing})
 * @param failing pending messages whose last attempt failed, waiting for their retry
 * @param failed messages given up after the maximum number of attempts
 * @param sent delivered to the SMTP server
 * @param oldestPending when the oldest pending message was queued; null when none is pending
 */
public record OutboxStatus(long pending, long failing, long failed, long sent, OffsetDateTime oldestPending) {
}
