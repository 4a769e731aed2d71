package org.crossroads.accounts;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossroads.audit.AuditTrail;
import org.crossroads.shared.mail.LinkTokens;
import org.crossroads.shared.mail.MailOutbox;
import org.crossroads.shared.mail.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use links that let a person choose an account's password: a reset when they forgot it, a welcome when
 * an administrator accepted their request for an account. The link goes by email through the outbox and is the
 * only credential; it works once and for a limited time, and a newer link replaces an older one.
 */
@Service
public class PasswordLinks {

    /** Why a link was sent. */
    public enum Purpose { RESET, WELCOME }

    /** Reset mails one account may receive per hour: enough for a lost message, too few to flood an inbox. */
    static final int RESETS_PER_HOUR = 3;

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final AccountSettings settings;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwords;
    private final LoginThrottle throttle;
    private final AuditTrail audit;

    PasswordLinks(Accounts accounts, JdbcClient jdbc, MailOutbox outbox, MessageSource messages, AccountSettings settings,
            PasswordEncoder encoder, PasswordPolicy passwords, LoginThrottle throttle, AuditTrail audit) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.messages = messages;
        this.settings = settings;
        this.encoder = encoder;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    /**
     * Sends a reset link to the enabled account with this username or email address (each, when several accounts
     * share the address), if it has an address. Says nothing about whether there was: the page answers the same either way.
     */
    @Transactional
    public void requestReset(String usernameOrEmail) {
        String given = usernameOrEmail == null ? "" : usernameOrEmail.strip();
        if (given.isEmpty() || given.length() > 254) {
            return;
        }
        for (Accounts.Contact contact : accounts.contactsByUsernameOrEmail(given)) {
            Editor editor = accounts.findByUsername(contact.username()).orElseThrow();
            if (recentResets(editor.id()) < RESETS_PER_HOUR) {
                send(editor, contact, Purpose.RESET);
                audit.record("account", editor.id(), "password reset link sent", editor.username(), Map.of());
            }
        }
    }

    private int recentResets(long accountId) {
        return jdbc.sql("""
                select count(*) from password_link
                where account_id = :a and purpose = 'reset' and created_at > now() - interval '1 hour'""")
                .param("a", accountId).query(Integer.class).single();
    }

    /** Sends the link to choose a first password to a new account made from a request (called by AccountRequests). */
    void welcome(Editor editor, Accounts.Contact contact) {
        send(editor, contact, Purpose.WELCOME);
    }

    private void send(Editor editor, Accounts.Contact contact, Purpose purpose) {
        // a newer link replaces the older ones: only the latest message works (the closed ones are kept a day, to
        // count the resets of the last hour)
        close(editor.id());
        jdbc.sql("delete from password_link where expires_at < now() - interval '1 day'").update();
        String token = LinkTokens.newToken();
        Duration validity = purpose == Purpose.RESET ? settings.resetLinkValidity() : settings.welcomeLinkValidity();
        OffsetDateTime expires = OffsetDateTime.now().plus(validity);
        jdbc.sql("""
                insert into password_link (account_id, token_hash, purpose, expires_at)
                values (:a, :h, :p, :e)""")
                .param("a", editor.id()).param("h", LinkTokens.hash(token)).param("p", purpose.name().toLowerCase(Locale.ROOT))
                .param("e", expires).update();
        String language = contact.language() == null ? "en" : contact.language();
        Locale locale = Locale.forLanguageTag(language);
        String key = "accounts.mail." + purpose.name().toLowerCase(Locale.ROOT);
        long minutes = validity.toMinutes();
        Object[] arguments = {editor.displayName(), outbox.link("/password-reset/" + token), minutes, editor.username()};
        outbox.enqueue(OutgoingMail.text(contact.email(), messages.getMessage(key + ".subject", null, locale),
                messages.getMessage(key + ".body", arguments, locale), language,
                "password-" + purpose.name().toLowerCase(Locale.ROOT), "account:" + editor.id()));
    }

    private void close(long accountId) {
        jdbc.sql("update password_link set expires_at = least(expires_at, now()) where account_id = :a and used_at is null")
                .param("a", accountId).update();
    }

    /** A link that still works: the account it opens, and why it was sent. */
    public record OpenLink(long accountId, String username, String displayName, Purpose purpose) {}

    /** The account a token opens, when the link is unused, unexpired and its account enabled. */
    @Transactional(readOnly = true)
    public Optional<OpenLink> open(String token) {
        if (!LinkTokens.looksValid(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select a.id, a.username, a.display_name, l.purpose from password_link l join account a on a.id = l.account_id
                where l.token_hash = :h and l.used_at is null and l.expires_at > now() and a.enabled""")
                .param("h", LinkTokens.hash(token))
                .query((rs, n) -> new OpenLink(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Purpose.valueOf(rs.getString(4).toUpperCase(Locale.ROOT))))
                .optional();
    }

    /**
     * Sets the password through a link, which then stops working; logins paused after failed attempts on the
     * account start afresh.
     *
     * @return field → message keys of its problems; empty when the password was set. A link that no longer works
     *     gives the field {@code link}.
     */
    @Transactional
    public Map<String, List<String>> choose(String token, String password, String repeated) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Optional<OpenLink> link = open(token);
        if (link.isEmpty()) {
            errors.put("link", List.of("accounts.reset.linkClosed"));
            return errors;
        }
        OpenLink open = link.get();
        List<String> problems = passwords.problems(password, open.username(), open.displayName());
        if (!problems.isEmpty()) {
            errors.put("password", problems);
        } else if (!password.equals(repeated)) {
            errors.put("repeated", List.of("accounts.error.passwordsDiffer"));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        // claimed in one statement, so two submissions of the same link cannot both set a password
        int claimed = jdbc.sql("update password_link set used_at = now() where token_hash = :h and used_at is null")
                .param("h", LinkTokens.hash(token)).update();
        if (claimed == 0) {
            errors.put("link", List.of("accounts.reset.linkClosed"));
            return errors;
        }
        accounts.setPasswordHash(open.accountId(), encoder.encode(password));
        close(open.accountId());
        throttle.succeeded(open.username());
        audit.record("account", open.accountId(), open.purpose() == Purpose.RESET ? "password reset by link"
                : "first password chosen", open.username(), Map.of());
        return errors;
    }
}
