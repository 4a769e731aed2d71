package org.crossroads.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Accounts made before display names existed are asked once, right after logging in, for the name the
 * public will see (never their username). Until they give it, every page leads to that question.
 */
final class DisplayNameStep {

    static final String PENDING = OwnAccount.DISPLAY_NAME_PENDING;
    static final String PAGE = "/account/name";
    private static final List<String> ALWAYS_REACHABLE = List.of(PAGE, "/login", "/logout", "/error", "/css/", "/js/", "/map/",
            "/favicon");

    private DisplayNameStep() {
    }

    /** After a successful login: gives the account its attempts back and asks for a display name if needed. */
    static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {

        private final LoginThrottle throttle;
        private final Accounts accounts;

        Success(LoginThrottle throttle, Accounts accounts) {
            this.throttle = throttle;
            this.accounts = accounts;
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) throws ServletException, IOException {
            throttle.succeeded(authentication.getName());
            if (!accounts.displayNameConfirmed(authentication.getName())) {
                request.getSession().setAttribute(PENDING, Boolean.TRUE);
                getRedirectStrategy().sendRedirect(request, response, PAGE);
                return;
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    /** Leads every other page to the question while it is pending. */
    static final class Gate extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            HttpSession session = request.getSession(false);
            String path = request.getServletPath();
            if (session != null && session.getAttribute(PENDING) != null
                    && ALWAYS_REACHABLE.stream().noneMatch(path::startsWith)) {
                response.sendRedirect(request.getContextPath() + PAGE);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
