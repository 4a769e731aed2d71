package org.crossroads.accounts;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.audit.AuditTrail;
import org.crossroads.shared.mail.MailOutbox;
import org.crossroads.shared.mail.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People without an account ask for one from the login page; administrators are told by email (and the
 * coordinators of the network the person names, who know who works with them), and accept or decline it. An
 * accepted request becomes an account whose holder chooses the password through a welcome link. A request keeps
 * only what deciding needs and is deleted once decided, or after {@link AccountSettings#requestRetention()}.
 */
@Service
public class AccountRequests {

    /** The roles a person may ask for: administrators are made by administrators. */
    public static final Set<Role> REQUESTABLE = EnumSet.of(Role.CONTRIBUTOR, Role.CITY_FOCAL_POINT, Role.NETWORK_COORDINATOR);

    /** Waiting requests at most: past it the form asks people to come back later rather than fill the table. */
    static final int MOST_WAITING = 500;

    private static final int LONGEST_AFFILIATION = 200;
    private static final int LONGEST_REASON = 2000;

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Affiliations affiliations;
    private final AccountAdministration administration;
    private final PasswordLinks links;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final AccountSettings settings;
    private final AuditTrail audit;

    AccountRequests(JdbcClient jdbc, Accounts accounts, Affiliations affiliations, AccountAdministration administration,
            PasswordLinks links, MailOutbox outbox, MessageSource messages, AccountSettings settings, AuditTrail audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.affiliations = affiliations;
        this.administration = administration;
        this.links = links;
        this.outbox = outbox;
        this.messages = messages;
        this.settings = settings;
        this.audit = audit;
    }

    /** The request as the person fills it in. */
    public record Form(String displayName, String email, String role, String affiliation, String network, String reason,
            Boolean consent) {}

    /** A waiting request, for administrators. */
    public record Request(long id, String displayName, String email, String language, Role role, String affiliation,
            String networkName, String reason, OffsetDateTime createdAt) {}

    /**
     * Records a request and tells those who decide. A second request from the same address while one waits is
     * taken as received without telling anyone again.
     *
     * @param language the language of the page the person used, for the answer they will get
     * @return field → message keys of its problems; empty when the request was received
     */
    @Transactional
    public Map<String, List<String>> submit(Form form, String language) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String name = strip(form.displayName());
        DisplayNames.problem(name, null).ifPresent(problem -> errors.put("displayName", List.of(problem)));
        String email = strip(form.email());
        if (!OwnAccount.isEmailAddress(email)) {
            errors.put("email", List.of("accounts.error.email"));
        }
        Role role = REQUESTABLE.stream().filter(r -> r.name().equals(form.role())).findFirst().orElse(null);
        if (role == null) {
            errors.put("role", List.of("accounts.error.role"));
        }
        String affiliation = strip(form.affiliation());
        if (affiliation.isEmpty() || affiliation.length() > LONGEST_AFFILIATION) {
            errors.put("affiliation", List.of("accounts.request.error.affiliation"));
        }
        Optional<Affiliations.Affiliation> network = Optional.empty();
        if (!strip(form.network()).isEmpty()) {
            network = affiliations.networks().stream().filter(n -> String.valueOf(n.id()).equals(strip(form.network())))
                    .findFirst();
            if (network.isEmpty()) {
                errors.put("network", List.of("accounts.request.error.network"));
            }
        }
        String reason = strip(form.reason());
        if (reason.length() > LONGEST_REASON) {
            errors.put("reason", List.of("accounts.request.error.reason"));
        }
        if (!Boolean.TRUE.equals(form.consent())) {
            errors.put("consent", List.of("accounts.request.error.consent"));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        forgetExpired();
        if (waiting(email)) {
            return errors;
        }
        if (jdbc.sql("select count(*) from account_request").query(Integer.class).single() >= MOST_WAITING) {
            errors.put("form", List.of("accounts.request.error.full"));
            return errors;
        }
        String lang = OwnAccount.LANGUAGES.contains(language) ? language : "en";
        long id = jdbc.sql("""
                insert into account_request (display_name, email, language, role, affiliation, network_id, reason)
                values (:n, :e, :l, :r, :a, :net, :why) returning id""")
                .param("n", name).param("e", email).param("l", lang).param("r", role.name()).param("a", affiliation)
                .param("net", network.map(Affiliations.Affiliation::id).orElse(null))
                .param("why", reason.isEmpty() ? null : reason).query(Long.class).single();
        // the request's personal data stay out of the audit: it notes that one came, and for which role
        audit.record("account_request", id, "requested", "(request form)", Map.of("role", role.name()));
        tellDeciders(id, name, role, affiliation, network);
        return errors;
    }

    private void tellDeciders(long id, String name, Role role, String affiliation,
            Optional<Affiliations.Affiliation> network) {
        List<Accounts.Contact> deciders = new ArrayList<>(accounts.administratorContacts());
        network.ifPresent(n -> accounts.coordinatorContacts(List.of(n.id())).stream()
                .filter(c -> deciders.stream().noneMatch(d -> d.username().equals(c.username()))).forEach(deciders::add));
        for (Accounts.Contact to : deciders) {
            Locale locale = Locale.forLanguageTag(to.language() == null ? "en" : to.language());
            String roleName = messages.getMessage("accounts.role." + role.name(), null, locale);
            Object[] arguments = {name, roleName, affiliation, network.map(Affiliations.Affiliation::name).orElse("—"),
                    outbox.link("/admin/accounts#requests")};
            outbox.enqueue(OutgoingMail.text(to.email(), messages.getMessage("accounts.mail.request.subject", null, locale),
                    messages.getMessage("accounts.mail.request.body", arguments, locale), to.language(),
                    "account-request", "account-request:" + id));
        }
    }

    private boolean waiting(String email) {
        return jdbc.sql("select exists(select 1 from account_request where lower(email) = lower(:e))").param("e", email)
                .query(Boolean.class).single();
    }

    /** The requests waiting for a decision, oldest first. */
    @Transactional
    public List<Request> waiting() {
        forgetExpired();
        return jdbc.sql("""
                select id, display_name, email, language, role, affiliation, network_id, reason, created_at
                from account_request order by created_at, id""")
                .query((rs, n) -> {
                    Long networkId = (Long) rs.getObject("network_id");
                    return new Request(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"),
                            rs.getString("language"), Role.valueOf(rs.getString("role")), rs.getString("affiliation"),
                            networkId == null ? null : affiliations.organisationName(networkId).orElse(null),
                            rs.getString("reason"), rs.getObject("created_at", OffsetDateTime.class));
                })
                .list();
    }

    public Optional<Request> find(long id) {
        return waiting().stream().filter(r -> r.id() == id).findFirst();
    }

    /**
     * Accepts a request as an account with the username, role and affiliation the administrator chose (the name,
     * address and language come from the request), sends the person the link to choose a password, and deletes
     * the request.
     *
     * @return field → message keys of its problems; empty when the account was made
     */
    @Transactional
    public Map<String, List<String>> accept(long id, AccountAdministration.NewAccount choice, String actor) {
        Request request = find(id).orElseThrow(() -> new IllegalArgumentException("no account request " + id));
        AccountAdministration.Created created = administration.createWithoutPassword(new AccountAdministration.NewAccount(
                choice.username(), request.displayName(), null, choice.role(), choice.organisation(), choice.place()), actor);
        if (!created.errors().isEmpty()) {
            return created.errors();
        }
        Editor editor = created.editor();
        accounts.setContact(editor.id(), request.email(), request.language());
        links.welcome(editor, new Accounts.Contact(editor.username(), editor.displayName(), request.email(), request.language()));
        jdbc.sql("delete from account_request where id = :id").param("id", id).update();
        audit.record("account_request", id, "accepted", actor, Map.of("account_id", editor.id()));
        return Map.of();
    }

    /** Declines a request: the person is told, in the language they asked in, and the request is deleted. */
    @Transactional
    public void decline(long id, String actor) {
        Request request = find(id).orElseThrow(() -> new IllegalArgumentException("no account request " + id));
        Locale locale = Locale.forLanguageTag(request.language());
        outbox.enqueue(OutgoingMail.text(request.email(), messages.getMessage("accounts.mail.declined.subject", null, locale),
                messages.getMessage("accounts.mail.declined.body", new Object[] {request.displayName()}, locale),
                request.language(), "account-request-declined", "account-request:" + id));
        jdbc.sql("delete from account_request where id = :id").param("id", id).update();
        audit.record("account_request", id, "declined", actor, Map.of());
    }

    private void forgetExpired() {
        jdbc.sql("delete from account_request where created_at < :before")
                .param("before", OffsetDateTime.now().minus(settings.requestRetention())).update();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
