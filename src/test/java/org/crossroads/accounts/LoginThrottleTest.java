package org.crossroads.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.github.bucket4j.TimeMeter;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.crossroads.IntegrationTest;
import org.crossroads.WebClient;
import org.crossroads.WebTest;
import org.crossroads.audit.AuditTrail;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Login throttling over real HTTP (the attack of issue 9), and the pauses' expiry on a clock the test moves. */
@IntegrationTest
class LoginThrottleTest extends WebTest {

    static final String PASSWORD = "lantern meadow copper violin";
    static final String LOOPBACK = "127.0.0.1";

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired LoginThrottle throttle;
    @Autowired AuditTrail audit;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void liftTheLoopbackPause() {
        // every test of the run comes from this address
        throttle.liftAddress(LOOPBACK, "test");
    }

    @Test
    void sixtyWrongPasswordsPauseTheLoginSoThatTheRightOneDoesNotGetInUntilAnAdministratorLiftsThePause() throws Exception {
        String username = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.create(username, "Throttled Administrator", "{noop}" + PASSWORD, Role.ADMINISTRATOR, null, null);
        WebClient attacker = WebClient.anonymous(port);

        for (int attempt = 1; attempt <= 60; attempt++) {
            HttpResponse<String> answer = attacker.logIn(username, "wrong-guess-" + attempt);
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).contains("/login?");
        }
        HttpResponse<String> right = attacker.logIn(username, PASSWORD);
        String location = right.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/login?paused=");
        assertThat(attacker.get("/admin/accounts").headers().firstValue("Location").orElse("")).endsWith("/login");
        // the login page says why, in the reader's language
        String minutes = location.substring(location.indexOf("paused=") + 7);
        assertThat(Jsoup.parse(attacker.get("/login?paused=" + minutes).body()).select("#login-paused").text())
                .contains("Too many failed logins").contains("minute");
        assertThat(Jsoup.parse(attacker.get("/login?lang=ar&paused=" + minutes).body()).select("#login-paused").text())
                .contains("محاولات دخول فاشلة");
        // audited, against the account
        assertThat(audit.history("account", id)).anyMatch(c -> c.action().equals("login paused"));

        // the attack came from one address: that address pauses first, so the account itself is still open elsewhere
        assertThat(throttle.pause(username, "192.0.2.10")).isEmpty();
        assertThat(throttle.pause(username, LOOPBACK)).isPresent();

        // an administrator sees the paused address and lifts it
        String page = mvc.perform(get("/admin/accounts").with(user("admin").roles("ADMINISTRATOR"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).select("#paused-addresses td").eachText()).contains(LOOPBACK);
        assertThat(mvc.perform(post("/admin/accounts/lift-address-pause").param("address", LOOPBACK)
                .with(user("admin").roles("ADMINISTRATOR")).with(csrf())).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/admin/accounts");
        assertThat(WebClient.anonymous(port).logIn(username, PASSWORD).headers().firstValue("Location").orElseThrow())
                .doesNotContain("/login");
    }

    @Test
    void anAdministratorLiftsAnAccountPauseFromTheAccountsPage() throws Exception {
        String username = "paused-account-" + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.create(username, "Paused Coordinator", "{noop}" + PASSWORD, Role.CONTRIBUTOR, null, null);
        // failures from many addresses pause the account (no address reaches its own limit)
        for (int i = 0; i < 30; i++) {
            throttle.failed(username, "198.51.100." + i);
        }
        assertThat(throttle.pause(username, "203.0.113.5")).isPresent();
        assertThat(WebClient.anonymous(port).logIn(username, PASSWORD).headers().firstValue("Location").orElseThrow())
                .contains("/login?paused=");

        String page = mvc.perform(get("/admin/accounts").with(user("admin").roles("ADMINISTRATOR"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).select("#account-" + id + " form.lift-pause")).hasSize(1);
        mvc.perform(post("/admin/accounts/" + id + "/lift-pause").with(user("admin").roles("ADMINISTRATOR")).with(csrf()));

        assertThat(throttle.pause(username, "203.0.113.5")).isEmpty();
        assertThat(audit.history("account", id)).extracting(AuditTrail.Change::action).contains("login paused", "login pause lifted");
        assertThat(WebClient.anonymous(port).logIn(username, PASSWORD).headers().firstValue("Location").orElseThrow())
                .doesNotContain("/login");
    }

    @Test
    void pausesEndOnTheirOwnSoThatNobodyIsLockedOutForGood() {
        AtomicLong now = new AtomicLong(System.nanoTime());
        TimeMeter clock = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return now.get();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        LoginThrottleSettings settings = new LoginThrottleSettings(3, Duration.ofMinutes(15), 100, Duration.ofHours(24), 5,
                Duration.ofMinutes(10));
        LoginThrottle throttle = new LoginThrottle(dataSource, settings, accounts, audit, jdbc, clock);
        String token = UUID.randomUUID().toString().substring(0, 8);
        String username = "expiring-" + token;
        String address = "192.0.2." + token.hashCode() % 200;

        // an address: three failures pause it, for one refill period (15 minutes / 3)
        for (int i = 0; i < 3; i++) {
            throttle.failed(username, address);
        }
        assertThat(throttle.pause(username, address)).hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofMinutes(4),
                Duration.ofMinutes(5)));
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        assertThat(throttle.pause(username, address)).isEmpty();

        // an account: failures from five addresses pause it everywhere, briefly (10 minutes / 5)
        String other = "other-" + token;
        for (int i = 0; i < 5; i++) {
            throttle.failed(other, "203.0.113." + i + "-" + token);
        }
        assertThat(throttle.pause(other, "a-fresh-address-" + token)).isPresent();
        now.addAndGet(Duration.ofMinutes(2).toNanos());
        assertThat(throttle.pause(other, "a-fresh-address-" + token)).isEmpty();
        // a successful login then gives the account all its attempts back
        throttle.failed(other, "203.0.113.9-" + token);
        throttle.succeeded(other);
        for (int i = 0; i < 4; i++) {
            throttle.failed(other, "203.0.113.1" + i + "-" + token);
        }
        assertThat(throttle.pause(other, "a-fresh-address-" + token)).isEmpty();
    }
}
