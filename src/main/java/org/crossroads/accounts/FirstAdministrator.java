package org.crossroads.accounts;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates the first administrator from configuration, once, when the platform has none. */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwords;
    private final AccountSettings settings;
    private final MessageSource messages;

    FirstAdministrator(Accounts accounts, PasswordEncoder encoder, PasswordPolicy passwords, AccountSettings settings,
            MessageSource messages) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.passwords = passwords;
        this.settings = settings;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) {
        String username = settings.adminUsername();
        String password = settings.adminPassword();
        if (username == null || username.isBlank() || password == null || password.isBlank() || accounts.anyAdministrator()) {
            return;
        }
        String displayName = settings.adminDisplayName() == null ? "" : settings.adminDisplayName().strip();
        List<String> problems = passwords.problems(password, username, displayName);
        if (!problems.isEmpty()) {
            // the same rule and reasons as the account form, said once at start instead of a failing login later
            throw new IllegalStateException("crossroads.accounts.admin-password is refused: " + problems.stream()
                    .map(key -> messages.getMessage(key, null, key, Locale.ENGLISH)).collect(Collectors.joining(" ")));
        }
        boolean named = DisplayNames.problem(displayName, username).isEmpty();
        // without a display name the administrator is asked for one at the first login
        accounts.create(username, named ? displayName : username, encoder.encode(password), Role.ADMINISTRATOR, null, null,
                named);
        log.info("Created the first administrator '{}'", username);
    }
}
