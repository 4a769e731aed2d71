/**
 * Outgoing email through an outbox: a module calls {@link org.crossroads.shared.mail.MailOutbox#enqueue}
 * in its own transaction, and {@link org.crossroads.shared.mail.OutboxDispatcher} delivers the queued
 * mail to the SMTP server configured with {@code spring.mail.*}, retrying with backoff while it is down.
 * Part of the shared core: depends on no feature module. How it works: docs/mail-outbox.md.
 */
package org.crossroads.shared.mail;
