package org.crossroads.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The login form's side of {@link LoginThrottle}: a paused login is answered before the password is even
 * checked, and a failure that starts a pause says so. Both send the person back to the login page with the
 * minutes to wait.
 */
final class LoginPauses {

    private LoginPauses() {
    }

    static String pausedUrl(Duration pause) {
        return "/login?paused=" + Math.max(1, (pause.toSeconds() + 59) / 60);
    }

    /** Stops a login attempt while its address or account is paused. */
    static final class Gate extends OncePerRequestFilter {

        private final LoginThrottle throttle;

        Gate(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Optional<Duration> pause = throttle.pause(request.getParameter("username"), request.getRemoteAddr());
            if (pause.isPresent()) {
                response.sendRedirect(request.getContextPath() + pausedUrl(pause.get()));
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** Counts a failed login against its address and account. */
    static final class Failures extends SimpleUrlAuthenticationFailureHandler {

        private final LoginThrottle throttle;

        Failures(LoginThrottle throttle) {
            super("/login?error");
            this.throttle = throttle;
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException, ServletException {
            Optional<Duration> pause = throttle.failed(request.getParameter("username"), request.getRemoteAddr());
            if (pause.isPresent()) {
                getRedirectStrategy().sendRedirect(request, response, pausedUrl(pause.get()));
                return;
            }
            super.onAuthenticationFailure(request, response, exception);
        }
    }
}
