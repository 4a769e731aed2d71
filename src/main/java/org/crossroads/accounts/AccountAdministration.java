package org.crossroads.accounts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.crossroads.audit.AuditTrail;
import org.crossroads.shared.mail.LinkTokens;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and disabling editor accounts; every change is audited. Administrators only (checked by the web layer). */
@Service
public class AccountAdministration {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@+-]{3,80}");

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwords;
    private final Affiliations affiliations;
    private final AuditTrail audit;

    AccountAdministration(Accounts accounts, PasswordEncoder encoder, PasswordPolicy passwords, Affiliations affiliations,
            AuditTrail audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.passwords = passwords;
        this.affiliations = affiliations;
        this.audit = audit;
    }

    /** A new account as an administrator fills it in; references are resolved through {@link Affiliations}. */
    public record NewAccount(String username, String displayName, String password, String role, String organisation,
            String place) {}

    /** @return field → message keys of its problems (the main one first); empty when the account was created */
    @Transactional
    public Map<String, List<String>> create(NewAccount form, String actor) {
        Checked checked = check(form);
        List<String> passwordProblems = passwords.problems(form.password(), checked.username(), checked.displayName());
        if (!passwordProblems.isEmpty()) {
            checked.errors().put("password", passwordProblems);
        }
        if (!checked.errors().isEmpty()) {
            return checked.errors();
        }
        insert(checked, encoder.encode(form.password()), actor);
        return Map.of();
    }

    /**
     * An account whose holder chooses the password through a link (a request accepted): it is created with a
     * password no one knows. The form's password is ignored.
     *
     * @return the new account, or the problems by field
     */
    @Transactional
    Created createWithoutPassword(NewAccount form, String actor) {
        Checked checked = check(form);
        if (!checked.errors().isEmpty()) {
            return new Created(null, checked.errors());
        }
        long id = insert(checked, encoder.encode(LinkTokens.newToken()), actor);
        return new Created(accounts.findByUsername(checked.username()).filter(e -> e.id() == id).orElseThrow(), Map.of());
    }

    /** The account made, or why it was not. */
    record Created(Editor editor, Map<String, List<String>> errors) {}

    private record Checked(String username, String displayName, Role role, Long organisationId, Long placeId,
            Map<String, List<String>> errors) {}

    private Checked check(NewAccount form) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String username = form.username() == null ? "" : form.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            errors.put("username", List.of("accounts.error.username"));
        } else if (accounts.exists(username)) {
            errors.put("username", List.of("accounts.error.taken"));
        }
        String name = form.displayName() == null ? "" : form.displayName().strip();
        DisplayNames.problem(name, username).ifPresent(problem -> errors.put("displayName", List.of(problem)));
        Role role = null;
        try {
            role = Role.valueOf(form.role());
        } catch (RuntimeException e) {
            errors.put("role", List.of("accounts.error.role"));
        }
        Long organisationId = null;
        Long placeId = null;
        if (role == Role.NETWORK_COORDINATOR) {
            var found = affiliations.organisation(form.organisation());
            if (found.isEmpty()) {
                errors.put("organisation", List.of("accounts.error.organisation"));
            } else {
                organisationId = found.get().id();
            }
        }
        if (role == Role.CITY_FOCAL_POINT) {
            var found = affiliations.place(form.place());
            if (found.isEmpty()) {
                errors.put("place", List.of("accounts.error.place"));
            } else {
                placeId = found.get().id();
            }
        }
        return new Checked(username, name, role, organisationId, placeId, errors);
    }

    private long insert(Checked account, String passwordHash, String actor) {
        long id = accounts.create(account.username(), account.displayName(), passwordHash, account.role(),
                account.organisationId(), account.placeId());
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("username", account.username());
        snapshot.put("display_name", account.displayName());
        snapshot.put("role", account.role().name());
        snapshot.put("organisation_id", account.organisationId());
        snapshot.put("place_id", account.placeId());
        audit.record("account", id, "created", actor, snapshot);
        return id;
    }

    @Transactional
    public void setEnabled(long id, boolean enabled, String actor) {
        accounts.setEnabled(id, enabled);
        audit.record("account", id, enabled ? "enabled" : "disabled", actor, Map.of("enabled", enabled));
    }

    public List<Accounts.AccountSummary> accounts() {
        return new ArrayList<>(accounts.summaries());
    }
}
