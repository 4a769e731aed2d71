package org.crossroads.shared.mail;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where modules put the email they send. Queueing is a database write, not an SMTP call: it joins the
 * caller's transaction, so a record and the mail announcing it commit together or not at all, and it
 * works while the mail server is down. {@link OutboxDispatcher} delivers the queue.
 */
@Service
public class MailOutbox {

    /** What the address, subject and text of a sent message to an erased person become. */
    public static final String ERASED = "(erased)";

    private final JdbcClient jdbc;
    private final MailSettings settings;

    MailOutbox(JdbcClient jdbc, MailSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /**
     * Queues a message for delivery once the caller's transaction commits (or at once without one).
     *
     * @return the outbox id of the message
     */
    @Transactional
    public long enqueue(OutgoingMail mail) {
        return jdbc.sql("""
                insert into mail_outbox (recipient, subject, body_text, body_html, language, purpose, reference)
                values (:recipient, :subject, :text, :html, :language, :purpose, :reference)
                returning id""")
                .param("recipient", mail.recipient()).param("subject", mail.subject()).param("text", mail.textBody())
                .param("html", mail.htmlBody()).param("language", mail.language()).param("purpose", mail.purpose())
                .param("reference", mail.reference())
                .query(Long.class).single();
    }

    /** The address of a page of the platform for a message: the configured public URL and the path ("/me/…"). */
    public String link(String path) {
        return settings.publicUrl() + path;
    }

    /**
     * Forgets a person whose data is erased, in the caller's transaction: every message to them not yet
     * sent (pending, retrying or given up) is deleted, so it never goes out with their name and links;
     * the copies of messages already sent keep their row (for the outbox's counts) but lose the address,
     * subject and text.
     *
     * @param recipient the person's address (compared without case), or null when they had none
     * @param references the outbox references of the person's records ({@code invitation:12}…)
     * @return how many queued messages were withdrawn
     */
    @Transactional
    public int forget(String recipient, Collection<String> references) {
        String[] refs = references.toArray(String[]::new);
        String theirs = "(lower(recipient) = lower(:recipient) or reference = any(:refs))";
        int withdrawn = jdbc.sql("delete from mail_outbox where sent_at is null and " + theirs)
                .param("recipient", recipient).param("refs", refs).update();
        jdbc.sql("update mail_outbox set recipient = :erased, subject = :erased, body_text = :erased, body_html = null,"
                + " last_error = null where sent_at is not null and " + theirs)
                .param("erased", ERASED).param("recipient", recipient).param("refs", refs).update();
        return withdrawn;
    }

    /** Counts for the administrators' outbox page. */
    @Transactional(readOnly = true)
    public OutboxStatus status() {
        return jdbc.sql("""
                select count(*) filter (where sent_at is null and attempts < :max),
                       count(*) filter (where sent_at is null and attempts < :max and attempts > 0),
                       count(*) filter (where sent_at is null and attempts >= :max),
                       count(*) filter (where sent_at is not null),
                       min(created_at) filter (where sent_at is null and attempts < :max)
                from mail_outbox""")
                .param("max", settings.maxAttempts())
                .query((rs, n) -> new OutboxStatus(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .single();
    }

    /** The latest queued messages, newest first. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> recent(int limit) {
        return jdbc.sql("""
                select id, recipient, subject, purpose, reference, attempts, last_error, created_at, sent_at
                from mail_outbox order by id desc limit :n""")
                .param("n", limit)
                .query((rs, n) -> {
                    int attempts = rs.getInt("attempts");
                    OffsetDateTime sentAt = rs.getObject("sent_at", OffsetDateTime.class);
                    return new OutboxEntry(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                            rs.getString("purpose"), rs.getString("reference"), state(sentAt, attempts), attempts,
                            rs.getString("last_error"), rs.getObject("created_at", OffsetDateTime.class), sentAt);
                })
                .list();
    }

    private MailState state(OffsetDateTime sentAt, int attempts) {
        if (sentAt != null) {
            return MailState.SENT;
        }
        if (attempts >= settings.maxAttempts()) {
            return MailState.FAILED;
        }
        return attempts == 0 ? MailState.PENDING : MailState.RETRYING;
    }
}
