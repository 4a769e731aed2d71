package org.crossroads.shared.mail;

/** A message claimed from the outbox for one delivery attempt. */
record QueuedMail(long id, int attempts, String recipient, String subject, String textBody, String htmlBody,
        String language, String purpose) {
}
