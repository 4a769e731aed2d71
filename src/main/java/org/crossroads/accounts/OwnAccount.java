package org.crossroads.accounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossroads.audit.AuditTrail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What signed-in editors change in their own account: the name the public sees, and their password. Audited. */
@Service
public class OwnAccount {

    /** Session attribute present while the signed-in person still has to give a display name (see DisplayNameStep). */
    public static final String DISPLAY_NAME_PENDING = "crossroads.accounts.displayNamePending";

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwords;
    private final AuditTrail audit;

    OwnAccount(Accounts accounts, PasswordEncoder encoder, PasswordPolicy passwords, AuditTrail audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.passwords = passwords;
        this.audit = audit;
    }

    /** @return the message key of the problem, or null when the name was saved */
    @Transactional
    public String setDisplayName(String username, String displayName) {
        Editor editor = accounts.findByUsername(username).orElseThrow();
        var problem = DisplayNames.problem(displayName, editor.username());
        if (problem.isPresent()) {
            return problem.get();
        }
        String name = displayName.strip();
        accounts.setDisplayName(editor.id(), name);
        audit.record("account", editor.id(), "display name given", editor.username(), Map.of("display_name", name));
        return null;
    }

    /** The languages a message to an editor may be written in. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "ar", "es");

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:]+");

    /** Whether this is one plain email address the outbox can write to. */
    static boolean isEmailAddress(String address) {
        return address != null && address.length() <= 254 && EMAIL.matcher(address).matches();
    }

    /**
     * Where the platform writes to the editor (notifications of exchange requests and their answers) and in which
     * language; an empty address means no mail.
     *
     * @return field → message keys of its problems; empty when saved
     */
    @Transactional
    public Map<String, List<String>> setContact(String username, String email, String language) {
        Editor editor = accounts.findByUsername(username).orElseThrow();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && !isEmailAddress(address)) {
            errors.put("email", List.of("accounts.error.email"));
        }
        String lang = language == null || language.isBlank() ? null : language.strip();
        if (lang != null && !LANGUAGES.contains(lang)) {
            errors.put("language", List.of("accounts.error.language"));
        }
        if (errors.isEmpty()) {
            accounts.setContact(editor.id(), address, lang);
            // the address is personal data: the audit notes that it changed, not what it is
            audit.record("account", editor.id(), "contact changed", editor.username(),
                    Map.of("email_given", address != null, "language", lang == null ? "" : lang));
        }
        return errors;
    }

    /** @return field → message keys of its problems; empty when the password was changed */
    @Transactional
    public Map<String, List<String>> changePassword(String username, String current, String next, String repeated) {
        Editor editor = accounts.findByUsername(username).orElseThrow();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String hash = accounts.passwordHash(editor.username()).orElseThrow();
        if (current == null || !encoder.matches(current, hash)) {
            errors.put("current", List.of("accounts.error.currentPassword"));
        }
        List<String> problems = passwords.problems(next, editor.username(), editor.displayName());
        if (!problems.isEmpty()) {
            errors.put("password", problems);
        } else if (!next.equals(repeated)) {
            errors.put("repeated", List.of("accounts.error.passwordsDiffer"));
        }
        if (errors.isEmpty()) {
            accounts.setPasswordHash(editor.id(), encoder.encode(next));
            audit.record("account", editor.id(), "password changed", editor.username(), Map.of());
        }
        return errors;
    }
}
