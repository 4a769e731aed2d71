package org.crossroads.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.crossroads.IntegrationTest;
import org.crossroads.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP: a display name is asked once of an older account before anything else; new accounts need
 * one; weak and over-long passwords get a message wherever a password is set, never a server error.
 */
@IntegrationTest
class AccountFormsTest {

    static final String PASSWORD = "saffron harbour kettle dune";
    static final String TOO_LONG = "saffron harbour kettle dune ".repeat(3);

    @LocalServerPort int port;
    @Autowired Accounts accounts;

    @Test
    void anOlderAccountGivesItsDisplayNameOnceBeforeContinuing() {
        String username = "older-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, username, "{noop}" + PASSWORD, Role.CONTRIBUTOR, null, null, false);

        WebClient editor = WebClient.anonymous(port);
        assertThat(location(editor.logIn(username, PASSWORD))).endsWith("/account/name");
        assertThat(location(editor.get("/initiatives/new"))).endsWith("/account/name");
        Document question = Jsoup.parse(editor.get("/account/name").body());
        assertThat(question.select("#name-pending").text()).contains("Before you continue");
        assertThat(question.select("#displayName").val()).isEmpty();

        Document refused = Jsoup.parse(editor.post("/account/name", Map.of("displayName", username.toUpperCase())).body());
        assertThat(refused.select(".field-error").text()).contains("must not be the username");
        assertThat(location(editor.post("/account/name", Map.of("displayName", "Samira Haddad")))).endsWith("/account/name");
        assertThat(editor.get("/initiatives/new").statusCode()).isEqualTo(200);
        assertThat(accounts.findByUsername(username).orElseThrow().displayName()).isEqualTo("Samira Haddad");

        // asked once: the next login goes straight on
        assertThat(location(WebClient.anonymous(port).logIn(username, PASSWORD))).doesNotContain("/account/name")
                .doesNotContain("/login");
    }

    @Test
    void anAdministratorCreatesAnAccountOnlyWithADisplayNameAndAStrongPasswordOfAtMostSeventyTwoBytes() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String admin = "forms-admin-" + run;
        accounts.create(admin, "Forms Administrator", "{noop}" + PASSWORD, Role.ADMINISTRATOR, null, null);
        WebClient client = WebClient.signedIn(port, admin, PASSWORD);

        Document weak = Jsoup.parse(client.post("/admin/accounts", Map.of("username", "new-" + run, "displayName", "",
                "password", "aaaaaaaaaaaa", "role", "CONTRIBUTOR", "organisation", "", "place", "")).body());
        assertThat(weak.select("#displayName ~ .field-error").text()).contains("Give the name the public will see");
        assertThat(weak.select(".field-error > span").eachText()).contains("This password is too easy to guess.");
        assertThat(weak.select(".field-error > span").size()).isGreaterThan(2); // the reasons zxcvbn gives
        assertThat(accounts.exists("new-" + run)).isFalse();

        HttpResponse<String> tooLong = client.post("/admin/accounts", Map.of("username", "new-" + run, "displayName", "New Person",
                "password", TOO_LONG, "role", "CONTRIBUTOR", "organisation", "", "place", ""));
        assertThat(tooLong.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(tooLong.body()).select(".field-error").text()).contains("at most 72 bytes");

        Document french = Jsoup.parse(client.post("/admin/accounts?lang=fr", Map.of("username", "new-" + run, "displayName",
                "New Person", "password", "123456789012", "role", "CONTRIBUTOR", "organisation", "", "place", "")).body());
        assertThat(french.select(".field-error").text()).contains("trop facile à deviner");

        assertThat(location(client.post("/admin/accounts", Map.of("username", "new-" + run, "displayName", "New Person",
                "password", PASSWORD, "role", "CONTRIBUTOR", "organisation", "", "place", "")))).endsWith("/admin/accounts");
        assertThat(accounts.findByUsername("new-" + run).orElseThrow().displayName()).isEqualTo("New Person");
    }

    @Test
    void anEditorChangesItsPasswordWithTheSameRule() {
        String username = "changer-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Password Changer", "{noop}" + PASSWORD, Role.CONTRIBUTOR, null, null);
        WebClient editor = WebClient.signedIn(port, username, PASSWORD);

        Document wrong = Jsoup.parse(editor.post("/account/password", Map.of("current", "not it", "password", "123456789012",
                "repeated", "123456789012")).body());
        assertThat(wrong.select(".field-error > span").eachText()).contains("The current password is not right.",
                "This password is too easy to guess.");
        HttpResponse<String> tooLong = editor.post("/account/password", Map.of("current", PASSWORD, "password", TOO_LONG,
                "repeated", TOO_LONG));
        assertThat(tooLong.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(tooLong.body()).select(".field-error").text()).contains("at most 72 bytes");

        String next = "juniper anchor lighthouse gravel";
        assertThat(location(editor.post("/account/password", Map.of("current", PASSWORD, "password", next, "repeated", next))))
                .endsWith("/account/password");
        assertThat(location(WebClient.anonymous(port).logIn(username, next))).doesNotContain("/login");
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(none: " + response.statusCode() + ")");
    }
}
