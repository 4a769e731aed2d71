package org.crossroads.shared.mail;

/** Where a queued message stands. */
public enum MailState {
    /** Queued, not tried yet. */
    PENDING,
    /** Tried and failed; retried later. */
    RETRYING,
    /** Given up after the maximum number of attempts; stays for administrators to see. */
    FAILED,
    /** Handed to the SMTP server. */
    SENT
}
