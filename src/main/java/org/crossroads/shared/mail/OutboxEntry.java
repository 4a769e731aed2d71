package org.crossroads.shared.mail;

import java.time.OffsetDateTime;

/** One queued message as administrators see it (without its body). */
public record OutboxEntry(long id, String recipient, String subject, String purpose, String reference, MailState state,
        int attempts, String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt) {
}
