package org.crossroads.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossroads.IntegrationTest;
import org.crossroads.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Over real HTTP, for people who cannot log in: a forgotten password is reset through a single-use, time-limited
 * link sent by the outbox, without telling anyone whether an account exists; and a person without an account asks
 * for one, the administrators (and the coordinators of the network named) are told, and an accepted request becomes
 * an account whose holder chooses the password through a welcome link.
 */
@IntegrationTest
class AccountRecoveryTest {

    static final String PASSWORD = AccountFormsTest.PASSWORD;
    static final String NEW_PASSWORD = "lantern orchard pebble monsoon";
    private static final Pattern LINK = Pattern.compile("https?://\\S+/password-reset/([A-Za-z0-9_-]{43})");

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired Affiliations affiliations;
    @Autowired JdbcClient jdbc;

    @Test
    void aForgottenPasswordIsResetOnceThroughALinkThatExpiresAndNobodyLearnsWhichAccountsExist() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String username = "forgetful-" + run;
        long id = accounts.create(username, "Leila Mansour", "{noop}" + PASSWORD, Role.CONTRIBUTOR, null, null);
        accounts.setContact(id, "leila-" + run + "@example.org", "fr");

        WebClient visitor = WebClient.anonymous(port);
        Document login = Jsoup.parse(visitor.get("/login").body());
        assertThat(login.select("#login-help a[href$=/password-reset]")).hasSize(1);
        assertThat(login.select("#login-help a[href$=/request-account]")).hasSize(1);

        String known = Jsoup.parse(visitor.post("/password-reset", Map.of("account", "LEILA-" + run + "@example.org")).body())
                .select("#reset-sent").text();
        String unknown = Jsoup.parse(visitor.post("/password-reset", Map.of("account", "nobody-" + run)).body())
                .select("#reset-sent").text();
        assertThat(known).isNotEmpty().isEqualTo(unknown);

        List<Map<String, String>> mails = mails("password-reset", "account:" + id);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).get("recipient")).isEqualTo("leila-" + run + "@example.org");
        assertThat(mails.get(0).get("language")).isEqualTo("fr");
        assertThat(mails.get(0).get("subject")).contains("nouveau mot de passe");
        assertThat(mails.get(0).get("body")).contains("60 minutes").contains(username);
        String token = token(mails.get(0).get("body"));
        assertThat(jdbc.sql("select count(*) from password_link where token_hash = :t").param("t", token)
                .query(Integer.class).single()).as("only the token's hash is stored").isZero();

        Document choose = Jsoup.parse(visitor.get("/password-reset/" + token).body());
        assertThat(choose.select("h1").text()).isEqualTo("Choose a new password");
        Document weak = Jsoup.parse(visitor.post("/password-reset/" + token, Map.of("password", "password1234",
                "repeated", "password1234")).body());
        assertThat(weak.select("#error-summary a[href=#err-password]")).isNotEmpty();
        assertThat(weak.select("#password").attr("aria-describedby")).contains("err-password");
        assertThat(weak.select("#password").attr("aria-invalid")).isEqualTo("true");
        Document differ = Jsoup.parse(visitor.post("/password-reset/" + token, Map.of("password", NEW_PASSWORD,
                "repeated", NEW_PASSWORD + "x")).body());
        assertThat(differ.select("#err-repeated").text()).contains("differ");

        HttpResponse<String> saved = visitor.post("/password-reset/" + token, Map.of("password", NEW_PASSWORD,
                "repeated", NEW_PASSWORD));
        assertThat(saved.headers().firstValue("Location").orElse("")).endsWith("/login");
        WebClient.signedIn(port, username, NEW_PASSWORD);
        assertThat(location(WebClient.anonymous(port).logIn(username, PASSWORD))).contains("/login?error");

        // single use
        HttpResponse<String> again = visitor.get("/password-reset/" + token);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(again.body()).select("#link-closed").text()).contains("no longer works");
        assertThat(visitor.post("/password-reset/" + token, Map.of("password", PASSWORD, "repeated", PASSWORD)).statusCode())
                .isEqualTo(404);
        WebClient.signedIn(port, username, NEW_PASSWORD);
    }

    @Test
    void aResetLinkExpiresAndANewerOneReplacesItAndAnAccountGetsAtMostThreeAnHour() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String username = "expired-" + run;
        long id = accounts.create(username, "Omar Benali", "{noop}" + PASSWORD, Role.CONTRIBUTOR, null, null);
        accounts.setContact(id, "omar-" + run + "@example.org", null);
        WebClient visitor = WebClient.anonymous(port);

        visitor.post("/password-reset", Map.of("account", username));
        String first = token(mails("password-reset", "account:" + id).get(0).get("body"));
        visitor.post("/password-reset", Map.of("account", username));
        String second = token(mails("password-reset", "account:" + id).get(1).get("body"));
        assertThat(visitor.get("/password-reset/" + first).statusCode()).as("replaced by the newer link").isEqualTo(404);
        assertThat(visitor.get("/password-reset/" + second).statusCode()).isEqualTo(200);

        jdbc.sql("update password_link set expires_at = now() - interval '1 second' where account_id = :a").param("a", id).update();
        assertThat(visitor.get("/password-reset/" + second).statusCode()).as("expired").isEqualTo(404);

        visitor.post("/password-reset", Map.of("account", username));
        visitor.post("/password-reset", Map.of("account", username));
        assertThat(mails("password-reset", "account:" + id)).as("three an hour at most").hasSize(3);

        // a disabled account's links open nothing
        String third = token(mails("password-reset", "account:" + id).get(2).get("body"));
        accounts.setEnabled(id, false);
        assertThat(visitor.get("/password-reset/" + third).statusCode()).isEqualTo(404);
    }

    @Test
    void aRequestForAnAccountReportsEveryProblemAtOnceThenReachesAdministratorsAndTheNetworksCoordinators() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Affiliations.Affiliation network = affiliations.networks().get(0);
        long admin = accounts.create("req-admin-" + run, "Request Administrator", "{noop}" + PASSWORD, Role.ADMINISTRATOR,
                null, null);
        accounts.setContact(admin, "admin-" + run + "@example.org", "en");
        long coordinator = accounts.create("req-coord-" + run, "Network Coordinator", "{noop}" + PASSWORD,
                Role.NETWORK_COORDINATOR, network.id(), null);
        accounts.setContact(coordinator, "coord-" + run + "@example.org", "es");

        WebClient visitor = WebClient.anonymous(port);
        Document empty = Jsoup.parse(visitor.post("/request-account", Map.of("role", "ADMINISTRATOR")).body());
        assertThat(empty.select("#error-summary a").eachAttr("href")).containsExactly("#err-displayName", "#err-email",
                "#err-role", "#err-affiliation", "#err-consent");
        for (String field : List.of("displayName", "email", "affiliation", "consent")) {
            assertThat(empty.select("#" + field).attr("aria-describedby")).as(field).contains("err-" + field);
        }

        String email = "samira-" + run + "@example.org";
        Map<String, String> form = new LinkedHashMap<>(Map.of("displayName", "Samira Haddad", "email", email,
                "role", "CITY_FOCAL_POINT", "affiliation", "Sfax, TN", "network", String.valueOf(network.id()),
                "reason", "Our city's reception desks", "consent", "true"));
        Document received = Jsoup.parse(visitor.post("/request-account?lang=fr", form).body());
        assertThat(received.select("#request-received").text()).contains("Merci");
        long request = jdbc.sql("select id from account_request where email = :e").param("e", email).query(Long.class).single();
        List<Map<String, String>> told = mails("account-request", "account-request:" + request);
        assertThat(told).extracting(m -> m.get("recipient")).contains("admin-" + run + "@example.org",
                "coord-" + run + "@example.org");
        assertThat(told).filteredOn(m -> m.get("recipient").startsWith("coord-")).first()
                .satisfies(m -> assertThat(m.get("body")).contains("Samira Haddad").contains("/admin/accounts#requests"));
        assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'account_request' and record_id = :id"
                + " and snapshot::text like '%' || :e || '%'").param("id", request).param("e", email).query(Integer.class).single())
                .as("the audit keeps no personal data of the request").isZero();

        // asking again while the request waits tells no one again
        visitor.post("/request-account", form);
        assertThat(mails("account-request", "account-request:" + request)).hasSameSizeAs(told);

        WebClient administrator = WebClient.signedIn(port, "req-admin-" + run, PASSWORD);
        Document list = Jsoup.parse(administrator.get("/admin/accounts").body());
        assertThat(list.select("#account-requests a").eachText()).contains("Samira Haddad");
        Document decide = Jsoup.parse(administrator.get("/admin/accounts/requests/" + request).body());
        assertThat(decide.select("#username").val()).isEqualTo("samira-" + run);
        assertThat(decide.select("#place").val()).isEqualTo("Sfax, TN");
        assertThat(decide.select("#role option[selected]").val()).isEqualTo("CITY_FOCAL_POINT");

        HttpResponse<String> accepted = administrator.post("/admin/accounts/requests/" + request + "/accept",
                Map.of("username", "samira-" + run, "role", "CITY_FOCAL_POINT", "organisation", "", "place", "Sfax, TN"));
        assertThat(accepted.headers().firstValue("Location").orElse("")).endsWith("/admin/accounts");
        Editor made = accounts.findByUsername("samira-" + run).orElseThrow();
        assertThat(made.displayName()).isEqualTo("Samira Haddad");
        assertThat(made.role()).isEqualTo(Role.CITY_FOCAL_POINT);
        assertThat(accounts.contactDetails("samira-" + run).orElseThrow().language()).isEqualTo("fr");
        assertThat(jdbc.sql("select count(*) from account_request where id = :id").param("id", request)
                .query(Integer.class).single()).as("a decided request is deleted").isZero();

        Map<String, String> welcome = mails("password-welcome", "account:" + made.id()).get(0);
        assertThat(welcome.get("recipient")).isEqualTo(email);
        assertThat(welcome.get("subject")).isEqualTo("Votre compte Crossroads est prêt");
        String token = token(welcome.get("body"));
        WebClient samira = WebClient.anonymous(port);
        assertThat(Jsoup.parse(samira.get("/password-reset/" + token + "?lang=en").body()).select("h1").text())
                .isEqualTo("Welcome: choose your password");
        samira.post("/password-reset/" + token, Map.of("password", NEW_PASSWORD, "repeated", NEW_PASSWORD));
        WebClient.signedIn(port, "samira-" + run, NEW_PASSWORD);
    }

    @Test
    void aDeclinedRequestIsAnsweredInTheRequestersLanguageAndDeleted() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        accounts.create("decline-admin-" + run, "Declining Administrator", "{noop}" + PASSWORD, Role.ADMINISTRATOR, null, null);
        String email = "karim-" + run + "@example.org";
        WebClient.anonymous(port).post("/request-account?lang=ar", Map.of("displayName", "Karim Zahra", "email", email,
                "role", "CONTRIBUTOR", "affiliation", "Amman", "consent", "true"));
        long request = jdbc.sql("select id from account_request where email = :e").param("e", email).query(Long.class).single();

        WebClient administrator = WebClient.signedIn(port, "decline-admin-" + run, PASSWORD);
        administrator.post("/admin/accounts/requests/" + request + "/decline", Map.of());
        Map<String, String> answer = mails("account-request-declined", "account-request:" + request).get(0);
        assertThat(answer.get("recipient")).isEqualTo(email);
        assertThat(answer.get("language")).isEqualTo("ar");
        assertThat(answer.get("body")).contains("Karim Zahra").contains("Crossroads");
        assertThat(administrator.get("/admin/accounts/requests/" + request).statusCode()).isEqualTo(404);
        assertThat(accounts.exists("karim")).isFalse();
    }

    private List<Map<String, String>> mails(String purpose, String reference) {
        return jdbc.sql("select recipient, subject, body_text, language from mail_outbox where purpose = :p and reference = :r order by id")
                .param("p", purpose).param("r", reference)
                .query((rs, n) -> {
                    Map<String, String> mail = new LinkedHashMap<>();
                    mail.put("recipient", rs.getString(1));
                    mail.put("subject", rs.getString(2));
                    mail.put("body", rs.getString(3));
                    mail.put("language", rs.getString(4));
                    return mail;
                }).list();
    }

    private static String token(String body) {
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("a link in " + body).isTrue();
        return link.group(1);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
