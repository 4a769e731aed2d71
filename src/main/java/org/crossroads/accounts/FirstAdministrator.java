package org.crossroads.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates the first administrator from configuration, once, when the platform has none. */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    static final int MINIMUM_PASSWORD_LENGTH = 12;

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final AccountSettings settings;

    FirstAdministrator(Accounts accounts, PasswordEncoder encoder, AccountSettings settings) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        String username = settings.adminUsername();
        String password = settings.adminPassword();
        if (username == null || username.isBlank() || password == null || password.isBlank() || accounts.anyAdministrator()) {
            return;
        }
        if (password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalStateException("crossroads.accounts.admin-password must have at least "
                    + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        accounts.create(username, username, encoder.encode(password), Role.ADMINISTRATOR, null, null);
        log.info("Created the first administrator '{}'", username);
    }
}
