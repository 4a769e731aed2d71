package org.crossroads.accounts;

import java.util.Optional;

/** What a display name must be: given, not too long, and not the login username (which stays private). */
final class DisplayNames {

    static final int MAXIMUM_LENGTH = 120;

    private DisplayNames() {
    }

    /** @return the message key of the problem with this name, or empty when it may be used */
    static Optional<String> problem(String displayName, String username) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            return Optional.of("accounts.error.displayName");
        }
        if (name.length() > MAXIMUM_LENGTH) {
            return Optional.of("accounts.error.displayNameTooLong");
        }
        if (username != null && name.equalsIgnoreCase(username.strip())) {
            return Optional.of("accounts.error.displayNameIsUsername");
        }
        return Optional.empty();
    }
}
