package org.crossroads.shared.mail;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox. Each batch is claimed in one short statement ({@code for update skip locked}, then
 * reserved for {@link #CLAIM}), so concurrent runs and several application instances never take the same
 * message, and no database transaction stays open while the SMTP server answers. Sending is then
 * at-least-once: a message is sent again only if the run dies between the server accepting it and the
 * row being marked sent.
 */
@Component
public class OutboxDispatcher {

    /** Longer than a batch can take with the SMTP timeouts in application.properties; after that a claim lapses. */
    static final Duration CLAIM = Duration.ofMinutes(30);

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int LONGEST_ERROR = 2000;

    private final JdbcClient jdbc;
    private final JavaMailSender sender;
    private final MessageComposer composer;
    private final MailSettings settings;

    OutboxDispatcher(JdbcClient jdbc, JavaMailSender sender, MailSettings settings) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.composer = new MessageComposer(sender, settings.from());
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${crossroads.mail.interval:10s}", initialDelayString = "${crossroads.mail.interval:10s}")
    void dispatchOnSchedule() {
        if (settings.enabled()) {
            dispatchDue();
        }
    }

    /**
     * Sends the messages that are due, batch after batch, and records each outcome.
     *
     * @return how many messages the SMTP server accepted
     */
    public int dispatchDue() {
        int delivered = 0;
        while (true) {
            List<QueuedMail> batch = claim();
            int sent = batch.isEmpty() ? 0 : deliver(batch);
            delivered += sent;
            // Nothing sent from a whole batch: most likely the server is down; leave the rest to their backoff.
            if (sent == 0 || batch.size() < settings.batchSize()) {
                return delivered;
            }
        }
    }

    /** Reserves the next due batch; rows another run holds are skipped, not waited for. */
    List<QueuedMail> claim() {
        return jdbc.sql("""
                update mail_outbox set next_attempt_at = now() + :claim * interval '1 second'
                where id in (select id from mail_outbox
                             where sent_at is null and attempts < :max and next_attempt_at <= now()
                             order by next_attempt_at, id limit :n
                             for update skip locked)
                returning id, attempts, recipient, subject, body_text, body_html, language, purpose""")
                .param("claim", CLAIM.toSeconds()).param("max", settings.maxAttempts()).param("n", settings.batchSize())
                .query((rs, n) -> new QueuedMail(rs.getLong("id"), rs.getInt("attempts"), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"),
                        rs.getString("language"), rs.getString("purpose")))
                .list();
    }

    private int deliver(List<QueuedMail> batch) {
        // The sender reports failures by the very message object it was given (MimeMessage keeps identity equals).
        Map<MimeMessage, QueuedMail> composed = new LinkedHashMap<>();
        for (QueuedMail mail : batch) {
            try {
                composed.put(composer.compose(mail), mail);
            } catch (Exception e) {
                failed(mail, e);
            }
        }
        if (composed.isEmpty()) {
            return 0;
        }
        Map<Object, Exception> failures = send(composed.keySet().toArray(MimeMessage[]::new));
        List<Long> sent = new ArrayList<>();
        composed.forEach((message, mail) -> {
            Exception failure = failures.get(message);
            if (failure == null) {
                sent.add(mail.id());
            } else {
                failed(mail, failure);
            }
        });
        if (!sent.isEmpty()) {
            jdbc.sql("update mail_outbox set sent_at = now(), attempts = attempts + 1 where id in (:ids)")
                    .param("ids", sent).update();
        }
        return sent.size();
    }

    /** Sends over one connection; the messages that failed, each with its reason. */
    private Map<Object, Exception> send(MimeMessage[] messages) {
        try {
            sender.send(messages);
            return Map.of();
        } catch (MailSendException e) {
            // Empty when only closing the connection failed, after every message was accepted.
            return e.getFailedMessages();
        } catch (MailException e) {
            // Login refused or the like: nothing went out.
            Map<Object, Exception> all = new LinkedHashMap<>();
            for (MimeMessage message : messages) {
                all.put(message, e);
            }
            return all;
        }
    }

    private void failed(QueuedMail mail, Exception e) {
        int attempts = mail.attempts() + 1;
        String error = describe(e);
        jdbc.sql("""
                update mail_outbox set attempts = :attempts, last_error = :error,
                       next_attempt_at = now() + :delay * interval '1 second'
                where id = :id""")
                .param("attempts", attempts).param("error", error)
                .param("delay", Backoff.after(mail.attempts()).toSeconds()).param("id", mail.id())
                .update();
        // Ids and purposes, not addresses: logs are kept longer and read more widely than the outbox.
        if (attempts >= settings.maxAttempts()) {
            log.error("Mail {} ({}) given up after {} attempts: {}", mail.id(), mail.purpose(), attempts, error);
        } else {
            log.warn("Mail {} ({}) attempt {} failed, retried later: {}", mail.id(), mail.purpose(), attempts, error);
        }
    }

    /** The messages of the exception and its causes: the root cause (refused connection, rejected address) is the useful part. */
    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        for (Throwable t = e; t != null && depth < 8 && text.length() < LONGEST_ERROR; t = t.getCause(), depth++) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
            if (text.indexOf(message) < 0) {
                text.append(text.length() == 0 ? "" : " / ").append(message);
            }
        }
        return text.length() > LONGEST_ERROR ? text.substring(0, LONGEST_ERROR) : text.toString();
    }
}
