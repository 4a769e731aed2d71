package org.crossroads.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Role;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The directory's pages: lists, profiles with map and history, forms with messages beside the field, access. */
@IntegrationTest
class DirectoryPagesTest extends WebTest {

    static final String RUN = Long.toString(System.nanoTime(), 36);

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired PlaceEditing placeEditing;
    @Autowired OrganisationEditing organisationEditing;
    @Autowired MembershipEditing membershipEditing;
    @Autowired Places places;
    @Autowired Organisations organisations;

    long city;
    long otherCity;
    long network;

    @BeforeEach
    void directoryWithACityANetworkAndEditors() {
        String suffix = RUN + "-" + System.nanoTime();
        city = placeEditing.addLocalAuthority(new LocalAuthorityDraft("place:page-" + suffix, "Pagetown " + suffix, "TN",
                120_000L, 35.5, 10.5, List.of("transit"), List.of("central_med"), "Page test"), "test").id();
        otherCity = placeEditing.addLocalAuthority(new LocalAuthorityDraft("place:other-" + suffix, "Otherville " + suffix,
                "MA", 5_000L, 34.0, -5.0, List.of(), List.of(), "Page test"), "test").id();
        network = organisationEditing.upsertByExternalId(new OrganisationDraft("org:page-" + suffix, "Page network " + suffix,
                null, "city_network", null, null, null, null, "Page test"), "test").id();
        membershipEditing.upsert(new MembershipDraft("org:page-" + suffix, "place:page-" + suffix, "founding_member",
                java.time.LocalDate.of(2016, 1, 1), null, "Page test"), "test");
    }

    RequestPostProcessor as(String username, Role role, Long organisationId, Long placeId) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.create(username, username.replace('-', ' '), "{noop}unused", role, organisationId, placeId);
        }
        return user(username).roles(role.name());
    }

    RequestPostProcessor focalPointOf(long placeId) {
        return as("focal-" + placeId, Role.CITY_FOCAL_POINT, null, placeId);
    }

    @Test
    void theCityListShowsKnownPlacesAndFilters() throws Exception {
        Document list = okPage(get("/cities").param("country", "TN").param("role", "transit"));
        assertThat(list.select(".results a").eachText()).contains("Pagetown " + RUN + list.select(".results a").eachText()
                .stream().filter(t -> t.startsWith("Pagetown " + RUN)).findFirst().orElse("?").substring(("Pagetown " + RUN).length()));
        assertThat(list.select(".results a").eachText()).noneMatch(t -> t.startsWith("Otherville"));
        Document search = okPage(get("/cities").param("q", "sfax").param("country", "TN"));
        assertThat(search.select(".results a").eachText()).contains("Sfax");
    }

    @Test
    void aCityPageShowsFactsNetworksAMapAndItsGeoJson() throws Exception {
        Document profile = okPage(get("/cities/" + city).header("Accept-Language", "fr"));
        assertThat(profile.select("h1").text()).startsWith("Pagetown");
        assertThat(profile.select("dl.facts").text()).contains("Tunisie", "Transit");
        assertThat(profile.select("table").first().text()).contains("Page network");
        var map = profile.selectFirst("div.map[data-map]");
        assertThat(map.attr("data-center")).isEqualTo("35.5,10.5");
        assertThat(map.attr("data-points")).isEqualTo("/cities/" + city + ".geojson");
        assertThat(profile.select(".map-fallback").text()).contains("35.50000");

        MvcResult geoJson = mvc.perform(get("/cities/" + city + ".geojson")).andReturn();
        assertThat(geoJson.getResponse().getContentType()).startsWith("application/geo+json");
        assertThat(geoJson.getResponse().getContentAsString()).contains("\"FeatureCollection\"", "[10.5,35.5]");
    }

    @Test
    void unknownIdsGetTheNotFoundPage() throws Exception {
        MvcResult result = mvc.perform(get("/cities/999999999")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentAsString()).contains("<h1>Not found</h1>");
        assertThat(mvc.perform(get("/organisations/999999999")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPageToEdit() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/cities/" + city + "/edit")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void aFocalPointCannotEditAnotherCity() throws Exception {
        assertThat(mvc.perform(get("/cities/" + otherCity + "/edit").with(focalPointOf(city))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/cities/" + otherCity + "/edit").with(focalPointOf(city)).with(csrf())
                .param("roles", "origin").param("source", "x").param("version", "0")).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(places.find(otherCity).orElseThrow().roles()).isEmpty();
    }

    @Test
    void aFocalPointEditsItsCityWithPostRedirectGet() throws Exception {
        Document form = okPage(get("/cities/" + city + "/edit").with(focalPointOf(city)));
        String version = form.selectFirst("input[name=version]").val();
        MvcResult saved = mvc.perform(post("/cities/" + city + "/edit").with(focalPointOf(city)).with(csrf())
                .param("roles", "origin", "destination").param("routes", "western_med").param("nameAr", "مدينة")
                .param("source", "Focal point, 2026").param("version", version)).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/cities/" + city);
        assertThat(places.find(city).orElseThrow().roles()).containsExactly("origin", "destination");
        Document history = okPage(get("/cities/" + city + "/history"));
        // the public history names the editor by display name, never by login username
        assertThat(history.select("tbody tr").first().text()).contains("focal " + city, "updated", "destination")
                .doesNotContain("focal-" + city);
    }

    @Test
    void invalidInputIsShownBesideTheFieldAndKept() throws Exception {
        Document form = okPage(post("/cities/new").with(as("admin-" + RUN, Role.ADMINISTRATOR, null, null)).with(csrf())
                .param("name", "Bad coordinates " + RUN).param("country", "TN").param("latitude", "95")
                .param("longitude", "east").param("source", "x"));
        assertThat(form.selectFirst("#latitude").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.selectFirst("#latitude + .field-error").text()).contains("latitude", "-90", "90");
        assertThat(form.selectFirst("#longitude + .field-error").text()).contains("east");
        assertThat(form.selectFirst("#name").val()).isEqualTo("Bad coordinates " + RUN);
    }

    @Test
    void aConcurrentEditShowsAConflictAndKeepsBothTheStoredValueAndTheUsersInput() throws Exception {
        var focalPoint = focalPointOf(city);
        String version = okPage(get("/cities/" + city + "/edit").with(focalPoint)).selectFirst("input[name=version]").val();
        mvc.perform(post("/cities/" + city + "/edit").with(focalPoint).with(csrf()).param("roles", "origin")
                .param("source", "First editor").param("version", version));
        Document conflict = okPage(post("/cities/" + city + "/edit").with(focalPoint).with(csrf())
                .param("roles", "destination").param("source", "Second editor").param("version", version));
        assertThat(conflict.select(".conflict").text()).contains("Someone else saved", "Origin");
        assertThat(conflict.selectFirst("#source").val()).isEqualTo("Second editor");
        assertThat(conflict.selectFirst("input[name=roles][value=destination]").hasAttr("checked")).isTrue();
        assertThat(places.find(city).orElseThrow().roles()).containsExactly("origin");
    }

    @Test
    void aContributorsOrganisationIsProposedAndHiddenFromThePublic() throws Exception {
        var contributor = as("contributor-" + RUN, Role.CONTRIBUTOR, null, null);
        MvcResult created = mvc.perform(post("/organisations/new").with(contributor).with(csrf())
                .param("name", "Association proposed " + RUN).param("type", "migrant_association")
                .param("country", "TN").param("source", "Contributor")).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).matches("/organisations/\\d+");
        assertThat(okPage(get(location).with(contributor)).select(".notice").text()).contains("proposed");
        assertThat(mvc.perform(get(location)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(okPage(get("/organisations").param("q", "Association proposed " + RUN)).select(".results li")).isEmpty();

        var coordinator = as("coordinator-" + RUN, Role.NETWORK_COORDINATOR, network, null);
        mvc.perform(post(location + "/publish").with(coordinator).with(csrf()));
        assertThat(okPage(get("/organisations").param("q", "Association proposed " + RUN)).select(".results a").text())
                .isEqualTo("Association proposed " + RUN);
    }

    /** Issue 12 §2: the organisation form holds its name and description in other languages, saved with it. */
    @Test
    void theOrganisationFormSavesTranslationsWithTheOrganisation() throws Exception {
        var admin = as("admin-tr-" + RUN, Role.ADMINISTRATOR, null, null);
        MvcResult created = mvc.perform(post("/organisations/new").with(admin).with(csrf())
                .param("name", "Migrant welcome network " + RUN).param("type", "migrant_association").param("country", "TN")
                .param("description", "Welcomes newcomers").param("source", "Test")
                .param("translation[fr.name]", "Réseau d'accueil " + RUN).param("translation[ar.description]", "يرحّب بالوافدين"))
                .andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).matches("/organisations/\\d+");
        Document form = okPage(get(location + "/edit").with(admin));
        assertThat(form.selectFirst("#tr-fr-name").val()).isEqualTo("Réseau d'accueil " + RUN);
        assertThat(form.selectFirst("#tr-ar-description").text()).isEqualTo("يرحّب بالوافدين");
        assertThat(okPage(get(location).header("Accept-Language", "fr")).selectFirst("h1").text()).contains("Réseau d'accueil");

        Document refused = okPage(post(location + "/edit").with(admin).with(csrf()).param("name", "")
                .param("type", "migrant_association").param("source", "Test").param("translation[fr.name]", "x".repeat(301)));
        assertThat(refused.select(".field-error").size()).as("the name and the translation, at once").isGreaterThanOrEqualTo(2);
        assertThat(okPage(get(location + "/edit").with(admin)).selectFirst("#tr-fr-name").val()).as("nothing saved")
                .isEqualTo("Réseau d'accueil " + RUN);
    }

    @Test
    void anOrganisationPageListsItsMemberCitiesAndACoordinatorAddsOne() throws Exception {
        Document profile = okPage(get("/organisations/" + network));
        assertThat(profile.select("table").text()).contains("Pagetown", "Founding member");
        var coordinator = as("coordinator-of-" + network, Role.NETWORK_COORDINATOR, network, null);
        Document bad = okPage(post("/organisations/" + network + "/members").with(coordinator).with(csrf())
                .param("place", "Nowhere, TN").param("role", "member").param("since", "2020-01-01")
                .param("until", "2019-01-01").param("source", "x"));
        assertThat(bad.selectFirst("#place + .field-error, #place ~ .field-error").text()).contains("Nowhere, TN");
        assertThat(bad.select(".field-error").text()).contains("2019-01-01");
        MvcResult added = mvc.perform(post("/organisations/" + network + "/members").with(coordinator).with(csrf())
                .param("place", "Sfax, TN").param("role", "member").param("source", "x")).andReturn();
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/organisations/" + network);
        assertThat(okPage(get("/organisations/" + network)).select("table").text()).contains("Sfax");
    }
}
