package org.crossroads.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.crossroads.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API of the directory: paged lists, details with relations, problem details for bad input. */
@IntegrationTest
class DirectoryApiTest {

    static final String RUN = Long.toString(System.nanoTime(), 36);

    @LocalServerPort int port;
    @Autowired JsonMapper json;
    @Autowired PlaceEditing placeEditing;
    @Autowired OrganisationEditing organisationEditing;
    @Autowired MembershipEditing membershipEditing;
    @Autowired PartnershipEditing partnershipEditing;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return json.readTree(response.body());
    }

    @Test
    void citiesAreSearchedWithFiltersAndPaged() throws Exception {
        JsonNode page = getJson("/api/cities?q=sfax&country=tn&page=0&size=5");
        assertThat(page.get("total").asLong()).isPositive();
        assertThat(page.get("size").asInt()).isEqualTo(5);
        assertThat(page.get("items").get(0).get("name").asString()).isEqualTo("Sfax");
        assertThat(page.get("items").get(0).get("sizeClass").asString()).isEqualTo("intermediary");
        assertThat(page.get("items").get(0).get("reference").asString()).isEqualTo("geonames:2467454");
    }

    @Test
    void aCityComesWithItsMembershipsAndPartnerships() throws Exception {
        long city = placeEditing.addLocalAuthority(new LocalAuthorityDraft("place:api-" + RUN, "Apitown " + RUN, "TN",
                60_000L, 35.0, 10.0, List.of("transit"), List.of("central_med"), "API test"), "test").id();
        long network = organisationEditing.upsertByExternalId(new OrganisationDraft("org:api-" + RUN, "API network",
                "APIN" + RUN, "city_network", null, null, null, null, "API test"), "test").id();
        membershipEditing.upsert(new MembershipDraft("org:api-" + RUN, "place:api-" + RUN, null, null, null, "API test"), "test");
        partnershipEditing.upsert(new PartnershipDraft("place:api-" + RUN, "Sfax, TN", "twinning", List.of("housing"),
                null, null, "API test"), "test");

        JsonNode detail = getJson("/api/cities/" + city);
        assertThat(detail.get("roles").get(0).asString()).isEqualTo("transit");
        assertThat(detail.get("memberships").get(0).get("organisationId").asLong()).isEqualTo(network);
        assertThat(detail.get("partnerships").get(0).get("placeB").asString()).isEqualTo("Sfax");

        assertThat(getJson("/api/memberships?organisation=" + network).get(0).get("place").asString()).isEqualTo("Apitown " + RUN);
        assertThat(getJson("/api/partnerships?place=" + city).get(0).get("kind").asString()).isEqualTo("twinning");
        assertThat(getJson("/api/organisations?q=APIN" + RUN + "&type=city_network").get("items").get(0).get("id").asLong())
                .isEqualTo(network);
        assertThat(getJson("/api/organisations/" + network).get("members").get(0).get("placeId").asLong()).isEqualTo(city);
    }

    @Test
    void badParametersAreA400ProblemNamingTheParameter() throws Exception {
        for (var bad : List.of(List.of("/api/cities?country=XX", "country"), List.of("/api/cities?role=pilgrim", "role"),
                List.of("/api/cities?size=1000", "size"), List.of("/api/cities?page=first", "page"),
                List.of("/api/organisations?type=guild", "type"), List.of("/api/memberships?place=abc", "place"))) {
            HttpResponse<String> response = get(bad.get(0));
            assertThat(response.statusCode()).as(bad.get(0)).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json.readTree(response.body()).get("parameter").asString()).isEqualTo(bad.get(1));
        }
    }

    @Test
    void unknownIdsAreA404Problem() throws Exception {
        assertThat(get("/api/cities/999999999").statusCode()).isEqualTo(404);
        HttpResponse<String> organisation = get("/api/organisations/999999999");
        assertThat(organisation.statusCode()).isEqualTo(404);
        assertThat(json.readTree(organisation.body()).get("status").asInt()).isEqualTo(404);
    }
}
