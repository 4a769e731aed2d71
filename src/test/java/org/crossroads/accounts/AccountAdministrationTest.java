package org.crossroads.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.audit.AuditTrail;
import org.crossroads.directory.Places;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The account administration at /admin/accounts: administrators create editor accounts with a role and an
 * affiliation, and disable or enable them; every change is audited, and no one else opens the page.
 */
@IntegrationTest
class AccountAdministrationTest extends WebTest {

    static final String PASSWORD = "lantern meadow copper violin";
    /** Logins of this test come from their own address, so they never count against another test's pauses. */
    static final String ADDRESS = "198.51.100.23";

    @Autowired Accounts accounts;
    @Autowired AuditTrail audit;
    @Autowired Places places;

    static RequestPostProcessor administrator() {
        return user("admin").roles("ADMINISTRATOR");
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    MockHttpServletRequestBuilder newAccount(String username, String role, String organisation, String place) {
        return post("/admin/accounts").with(administrator()).with(csrf()).param("username", username)
                .param("displayName", "Person " + username).param("password", PASSWORD).param("role", role)
                .param("organisation", organisation).param("place", place);
    }

    /** Where a login with the account's password leads. */
    String logIn(String username) throws Exception {
        return response(post("/login").param("username", username).param("password", PASSWORD).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(ADDRESS);
                    return request;
                })).getRedirectedUrl();
    }

    @Test
    void administratorsCreateAccountsAndSeeTheAuditTrail() throws Exception {
        Document bad = page(post("/admin/accounts").with(user("admin").roles("ADMINISTRATOR")).with(csrf())
                .param("username", "x").param("password", "short").param("role", "NETWORK_COORDINATOR").param("organisation", "nobody"));
        assertThat(bad.select(".field-error")).hasSizeGreaterThanOrEqualTo(3);
        var created = response(post("/admin/accounts").with(user("admin").roles("ADMINISTRATOR")).with(csrf())
                .param("username", "coordinator.mc2cm").param("displayName", "MC2CM coordinator")
                .param("password", "a-long-enough-password").param("role", "NETWORK_COORDINATOR").param("organisation", "MC2CM"));
        assertThat(created.getRedirectedUrl()).isEqualTo("/admin/accounts");
        assertThat(page(get("/admin/accounts").with(user("admin").roles("ADMINISTRATOR"))).text()).contains("coordinator.mc2cm", "MC2CM");
        assertThat(page(get("/admin/audit").with(user("admin").roles("ADMINISTRATOR"))).text()).contains("account");
        assertThat(response(get("/admin/accounts").with(user("someone").roles("CONTRIBUTOR"))).getStatus()).isEqualTo(403);
    }

    @Test
    void aCreatedAccountHasItsRoleAndAffiliationIsListedAuditedAndLogsIn() throws Exception {
        String username = unique("focal");
        assertThat(response(newAccount(username, "CITY_FOCAL_POINT", "", "Tozeur, TN")).getRedirectedUrl())
                .isEqualTo("/admin/accounts");

        Editor editor = accounts.findByUsername(username).orElseThrow();
        assertThat(editor.role()).isEqualTo(Role.CITY_FOCAL_POINT);
        assertThat(editor.placeId()).isEqualTo(places.resolve("Tozeur, TN").orElseThrow().id());
        assertThat(editor.organisationId()).isNull();

        Document list = page(get("/admin/accounts").with(administrator()));
        assertThat(list.select("#account-" + editor.id() + " td").eachText()).contains(username, "Person " + username, "City focal point", "Tozeur, TN");

        AuditTrail.Change created = audit.history("account", editor.id()).get(0);
        assertThat(created.action()).isEqualTo("created");
        assertThat(created.fields()).extracting(f -> f.field() + "=" + f.after())
                .contains("username=" + username, "role=CITY_FOCAL_POINT", "place_id=" + editor.placeId());
        assertThat(logIn(username)).doesNotContain("/login");
    }

    @Test
    void anAffiliationIsRequiredByTheRoleAndMustBeKnown() throws Exception {
        Document coordinator = page(newAccount(unique("coord"), "NETWORK_COORDINATOR", "No such network", ""));
        assertThat(coordinator.select("#organisation-error, .field-error").text()).isNotEmpty();
        Document focalPoint = page(newAccount(unique("focal"), "CITY_FOCAL_POINT", "", ""));
        assertThat(focalPoint.select(".field-error").text()).isNotEmpty();
        Document noRole = page(newAccount(unique("norole"), "EMPEROR", "", ""));
        assertThat(noRole.select(".field-error").text()).isNotEmpty();
        assertThat(accounts.findAll()).extracting(Editor::username).noneMatch(u -> u.startsWith("coord-") || u.startsWith("norole-"));
    }

    @Test
    void aUsernameIsTakenOnlyOnce() throws Exception {
        String username = unique("twice");
        assertThat(response(newAccount(username, "CONTRIBUTOR", "", "")).getRedirectedUrl()).isEqualTo("/admin/accounts");
        Document again = page(newAccount(username, "CONTRIBUTOR", "", ""));
        assertThat(again.select(".field-error")).isNotEmpty();
        assertThat(accounts.findAll()).extracting(Editor::username).filteredOn(username::equals).hasSize(1);
    }

    @Test
    void aDisabledAccountCannotLogInUntilItIsEnabledAgainAndBothAreAudited() throws Exception {
        String username = unique("disabled");
        response(newAccount(username, "CONTRIBUTOR", "", ""));
        long id = accounts.findByUsername(username).orElseThrow().id();

        assertThat(response(post("/admin/accounts/" + id + "/enabled").param("enabled", "false").with(administrator()).with(csrf()))
                .getRedirectedUrl()).isEqualTo("/admin/accounts");
        assertThat(accounts.summaries()).filteredOn(a -> a.id() == id).singleElement()
                .satisfies(a -> assertThat(a.enabled()).isFalse());
        assertThat(page(get("/admin/accounts").with(administrator())).select("#account-" + id + " button").text()).isEqualTo("Enable");
        assertThat(logIn(username)).contains("/login");

        response(post("/admin/accounts/" + id + "/enabled").param("enabled", "true").with(administrator()).with(csrf()));
        assertThat(logIn(username)).doesNotContain("/login");
        assertThat(audit.history("account", id)).extracting(AuditTrail.Change::action).startsWith("enabled", "disabled", "created");
    }

    @Test
    void onlyAdministratorsOpenOrChangeTheAccounts() throws Exception {
        String target = unique("target");
        response(newAccount(target, "CONTRIBUTOR", "", ""));
        long id = accounts.findByUsername(target).orElseThrow().id();
        assertThat(response(get("/admin/accounts")).getRedirectedUrl()).endsWith("/login");
        for (String role : new String[] {"CONTRIBUTOR", "NETWORK_COORDINATOR", "CITY_FOCAL_POINT"}) {
            var someone = user("someone").roles(role);
            assertThat(status(get("/admin/accounts").with(someone))).as(role).isEqualTo(403);
            assertThat(status(post("/admin/accounts").with(someone).with(csrf()).param("username", unique("sneaky"))
                    .param("displayName", "Sneaky").param("password", PASSWORD).param("role", "ADMINISTRATOR"))).as(role).isEqualTo(403);
            assertThat(status(post("/admin/accounts/" + id + "/enabled").param("enabled", "false").with(someone).with(csrf())))
                    .as(role).isEqualTo(403);
        }
        assertThat(accounts.findAll()).extracting(Editor::username).noneMatch(u -> u.startsWith("sneaky-"));
        assertThat(accounts.summaries()).filteredOn(a -> a.id() == id).singleElement()
                .satisfies(a -> assertThat(a.enabled()).isTrue());
    }
}
