package org.crossroads.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.crossroads.IntegrationTest;
import org.crossroads.MappedRoutes;
import org.crossroads.WebClient;
import org.crossroads.directory.OrganisationDraft;
import org.crossroads.directory.OrganisationEditing;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.crossroads.inventory.InitiativeDraft;
import org.crossroads.inventory.InitiativeEditing;
import org.crossroads.inventory.Initiatives;
import org.crossroads.learning.outcomes.OutcomeDraft;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Login usernames never reach a public output. Records are created, changed, substantiated and validated
 * by accounts with distinctive usernames; then every public GET route the application maps (read from
 * Spring's handler mappings, so a new page, export or API is covered without being added here) is fetched
 * anonymously, plain, with a search for the records, and with each record's id in its path variable. No
 * answer may contain any of those usernames; the pages that name authors show their display names, or the
 * organisation of an account that has not given one yet.
 */
@IntegrationTest
class UsernamesStayPrivateTest {

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;
    @Autowired Accounts accounts;
    @Autowired Places places;
    @Autowired Organisations organisations;
    @Autowired InitiativeEditing initiativeEditing;
    @Autowired Initiatives initiatives;
    @Autowired OrganisationEditing organisationEditing;
    @Autowired OutcomeHarvest harvest;

    @Test
    void noPublicPageExportOrApiResponseShowsTheLoginUsernameOfWhoRecordedValidatedOrChangedARecord() {
        String token = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Editor admin = account("zqadmin" + token, "Admin Tester " + token, Role.ADMINISTRATOR, null, null);
        Editor author = account("zqauthor" + token, "Amina Tester " + token, Role.CITY_FOCAL_POINT, null, place("Tunis, TN"));
        Editor peer = account("zqpeer" + token, "Peer Tester " + token, Role.CITY_FOCAL_POINT, null, place("Sfax, TN"));
        // an account from before display names: its display name is still its username
        String legacy = "zqcoord" + token;
        Editor coordinator = account(legacy, legacy, Role.NETWORK_COORDINATOR, organisations.resolve("org:mc2cm").orElseThrow().id(), null);
        List<String> usernames = List.of(admin.username(), author.username(), peer.username(), coordinator.username());

        long initiative = initiativeEditing.create(initiative(token, "Reception desks " + token), admin);
        initiativeEditing.update(initiative, initiatives.find(initiative).orElseThrow().version(),
                initiative(token, "Reception desks and housing " + token), admin);
        long organisation = organisationEditing.create(new OrganisationDraft("org:zq-" + token, "Leak Test Association " + token,
                "LTA" + token, "ngo", "TN", null, null, null, "Test"), admin);
        long open = outcome(token, false, author, peer, coordinator);
        long chathamHouse = outcome(token, true, author, peer, coordinator);

        Map<String, String> ids = Map.of("initiative", String.valueOf(initiative), "organisation", String.valueOf(organisation),
                "outcome", String.valueOf(open), "chatham", String.valueOf(chathamHouse));
        WebClient visitor = WebClient.anonymous(port);
        Map<String, String> leaks = new LinkedHashMap<>();
        List<String> fetched = new ArrayList<>();
        for (MappedRoutes.Route route : MappedRoutes.of(mapping)) {
            if (!route.method().equals("GET") || route.pattern().startsWith("/admin") || route.pattern().startsWith("/account")
                    || route.pattern().startsWith("/api-docs")) {
                continue;
            }
            List<String> paths = new ArrayList<>();
            if (route.variables().isEmpty()) {
                paths.add(route.pattern());
                paths.add(route.pattern() + "?q=" + token);
            } else if (route.variables().size() == 1) {
                String variable = route.variables().get(0);
                ids.values().forEach(id -> paths.add(route.path(Map.of(variable, id))));
            }
            for (String path : paths) {
                HttpResponse<String> answer = visitor.get(path);
                if (answer.statusCode() != 200) {
                    continue;
                }
                fetched.add(path);
                String body = answer.body().toLowerCase(Locale.ROOT);
                usernames.stream().filter(u -> body.contains(u.toLowerCase(Locale.ROOT))).forEach(u -> leaks.put(path, u));
            }
        }
        assertThat(leaks).as("public answers showing a login username").isEmpty();
        assertThat(fetched).contains("/initiatives/" + initiative, "/initiatives/" + initiative + "/history",
                "/outcomes/" + open, "/api/outcomes/" + open, "/outcomes.csv?q=" + token, "/organisations/" + organisation + "/history");

        // who did it is still said, by the name the public may see
        String outcomePage = visitor.get("/outcomes/" + open).body();
        assertThat(outcomePage).contains("Amina Tester " + token, "Peer Tester " + token, "MC2CM");
        assertThat(visitor.get("/outcomes/" + chathamHouse).body()).contains("MC2CM").doesNotContain("Amina Tester");
        assertThat(visitor.get("/api/outcomes/" + open).body()).contains("\"recordedBy\":\"Amina Tester " + token + "\"");
        assertThat(visitor.get("/initiatives/" + initiative).body()).contains("Admin Tester " + token);
        assertThat(visitor.get("/initiatives/" + initiative + "/history").body()).contains("Admin Tester " + token);
        assertThat(visitor.get("/outcomes.csv?q=" + token).body()).contains("Amina Tester " + token);
    }

    private long outcome(String token, boolean chathamHouse, Editor author, Editor peer, Editor coordinator) {
        long id = harvest.draft(new OutcomeDraft("Municipality of Tunis", "practice",
                "A public office where migrants meet municipal staff " + token, LocalDate.of(2023, 3, 1), "Tunis, TN",
                "Mutual understanding", "Inspired by a peer visit", "An adviser", "Opening decree", chathamHouse, List.of(),
                List.of("Tangier, MA"), "Tangier, MA", null, "One-stop shop", "org:mc2cm",
                List.of(new OutcomeDraft.CapabilityTag("deliver", "institutional"))), author);
        harvest.substantiate(id, "I visited the office", peer);
        harvest.validate(id, coordinator);
        return id;
    }

    private static InitiativeDraft initiative(String token, String name) {
        return new InitiativeDraft("init:zq-" + token, name, "Peer exchange on reception of migrants", "peer_exchange",
                List.of("reception_orientation"), List.of("Tunis, TN"), List.of("TN"), false, List.of("org:mc2cm"), List.of(),
                List.of(), List.of(), LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31), "active", List.of(), List.of(5),
                List.of(), List.of(), List.of(), List.of(), Map.of(), "Test source");
    }

    private Editor account(String username, String displayName, Role role, Long organisationId, Long placeId) {
        accounts.create(username, displayName, "{noop}not-used-to-log-in", role, organisationId, placeId);
        return accounts.findByUsername(username).orElseThrow();
    }

    private long place(String reference) {
        return places.resolve(reference).orElseThrow().id();
    }
}
