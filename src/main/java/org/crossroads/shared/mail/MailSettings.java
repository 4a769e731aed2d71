package org.crossroads.shared.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The mail outbox's settings; the SMTP server itself is Spring's {@code spring.mail.host}, {@code port},
 * {@code username}, {@code password}.
 *
 * @param enabled deliver queued mail on a schedule; {@code false} keeps queueing but sends only on demand
 * @param from the sender of every message, e.g. {@code Crossroads <noreply@example.org>}
 * @param interval pause between two scheduled deliveries (the schedule reads the same property, default 10 s)
 * @param batchSize messages claimed and sent over one SMTP connection at a time
 * @param maxAttempts delivery attempts before a message is left as failed
 * @param publicUrl the address people reach the platform at: every link in a message starts with it. Configured,
 *     never taken from a request's Host header, so a forged request cannot make a password-reset link point elsewhere
 */
@ConfigurationProperties("crossroads.mail")
public record MailSettings(Boolean enabled, String from, Duration interval, Integer batchSize, Integer maxAttempts,
        String publicUrl) {

    public MailSettings {
        enabled = enabled == null || enabled;
        from = from == null || from.isBlank() ? "crossroads@localhost" : from.strip();
        interval = interval == null || interval.isNegative() || interval.isZero() ? Duration.ofSeconds(10) : interval;
        batchSize = batchSize == null || batchSize < 1 ? 50 : batchSize;
        maxAttempts = maxAttempts == null || maxAttempts < 1 ? 20 : maxAttempts;
        publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.strip().replaceAll("/+$", "");
        try {
            // Fail at start rather than on every message.
            new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("crossroads.mail.from is not an email address: " + from, e);
        }
    }
}
