package org.crossroads.accounts;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who is signed in, for modules that check whose records an editor may change. */
@org.springframework.modulith.NamedInterface("api")
@Component
public class CurrentEditor {

    /** The account as read once for a reading request (GET or HEAD), by username. */
    private record Read(String username, Optional<Editor> editor) {}

    private static final String READ = CurrentEditor.class.getName() + ".read";

    private final Accounts accounts;

    CurrentEditor(Accounts accounts) {
        this.accounts = accounts;
    }

    /**
     * The signed-in editor, read from the database so that a disabled account or a changed role counts at once. A page
     * that only reads asks several modules, each of which asks this: the account is then read once per request (the
     * one search asked for it seven times). A request that changes something reads it afresh every time.
     */
    public Optional<Editor> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        boolean reading = request instanceof ServletRequestAttributes servlet
                && ("GET".equals(servlet.getRequest().getMethod()) || "HEAD".equals(servlet.getRequest().getMethod()));
        if (reading && request.getAttribute(READ, RequestAttributes.SCOPE_REQUEST) instanceof Read read
                && read.username().equals(auth.getName())) {
            return read.editor();
        }
        Optional<Editor> editor = accounts.findByUsername(auth.getName());
        if (reading) {
            request.setAttribute(READ, new Read(auth.getName(), editor), RequestAttributes.SCOPE_REQUEST);
        }
        return editor;
    }

    /** The username to record as author of a change, or "system" for imports run at start. */
    public String name() {
        return get().map(Editor::username).orElse("system");
    }
}
