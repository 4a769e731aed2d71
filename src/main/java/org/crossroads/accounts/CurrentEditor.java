package org.crossroads.accounts;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, for modules that check whose records an editor may change. */
@Component
public class CurrentEditor {

    private final Accounts accounts;

    CurrentEditor(Accounts accounts) {
        this.accounts = accounts;
    }

    public Optional<Editor> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return accounts.findByUsername(auth.getName());
    }

    /** The username to record as author of a change, or "system" for imports run at start. */
    public String name() {
        return get().map(Editor::username).orElse("system");
    }
}
