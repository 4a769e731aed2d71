package org.crossroads.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Public read, login for editors. Pages that change data need a role; CSRF protection stays on for
 * every form. Finer rules (whose records an editor may change) live in each module's services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Pages reached through a personal link (survey answers, a person's own data, a city's pledge report): no account needed. */
    static final String[] PERSONAL_LINKS = {"/respond/**", "/me/**", "/report/**"};

    @Bean
    SecurityFilterChain web(HttpSecurity http, LoginThrottle throttle, Accounts accounts) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/**").hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers("/*/new", "/*/*/edit", "/import/**", "/account/**", "/translations").authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers("/login", "/logout", "/error").permitAll()
                        // asking for an account or a new password: for people who cannot log in
                        .requestMatchers("/request-account", "/password-reset", "/password-reset/*").permitAll()
                        // personal links: the unguessable token in the path is the credential
                        .requestMatchers(PERSONAL_LINKS).permitAll()
                        .anyRequest().authenticated())
                // a cross-site form cannot know the token in a personal link, so it needs no CSRF token
                // (participants answer from phones that may not keep a session cookie)
                .csrf(csrf -> csrf.ignoringRequestMatchers(PERSONAL_LINKS))
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .failureHandler(new LoginPauses.Failures(throttle))
                        .successHandler(new DisplayNameStep.Success(throttle, accounts)))
                // a paused login is refused before its password is checked (decision 0010)
                .addFilterBefore(new LoginPauses.Gate(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new DisplayNameStep.Gate(), AuthorizationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Delegating encoder: bcrypt today, and hashes can move to a stronger algorithm without a reset.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(Accounts accounts) {
        return username -> {
            Editor editor = accounts.findByUsername(username)
                    .orElseThrow(() -> new UsernameNotFoundException(username));
            String hash = accounts.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException(username));
            return User.withUsername(editor.username()).password(hash)
                    .authorities(AuthorityUtils.createAuthorityList(editor.role().authority()))
                    .build();
        };
    }
}
