package org.crossroads.learning.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.crossroads.learning.LearningFixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.crossroads.shared.validation.InvalidEntryException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One name for each outcome filter on the page and the API ({@code type} for the change type), an unknown
 * API parameter refused rather than ignored, and an unknown place answered with the nearest names.
 */
@IntegrationTest
class OutcomeFiltersTest extends WebTest {

    @Autowired OutcomeHarvest harvest;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired Places places;
    @Autowired JsonMapper json;
    Editor tunis;

    @BeforeEach
    void setUp() {
        tunis = LearningFixtures.of(accounts, organisations, places).tunisFocalPoint();
    }

    MockHttpServletResponse call(String uri) throws Exception {
        return mvc.perform(get(uri)).andReturn().getResponse();
    }

    JsonNode items(String uri) throws Exception {
        MockHttpServletResponse response = call(uri);
        assertThat(response.getStatus()).as(uri).isEqualTo(200);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8)).get("items");
    }

    @Test
    void theApiFiltersTheChangeTypeByTheSameNameAsThePageAndKeepsTheOldNameAsAnAlias() throws Exception {
        JsonNode policies = items("/api/outcomes?type=policy&size=200");
        assertThat(policies.size()).as("the built-in outcomes hold policies").isPositive();
        policies.forEach(o -> assertThat(o.get("changeType").asString()).isEqualTo("policy"));
        assertThat(items("/api/outcomes?changeType=policy&size=200").size()).isEqualTo(policies.size());
        assertThat(items("/api/outcomes?type=policy&changeType=policy&size=200").size()).isEqualTo(policies.size());
        assertThat(items("/api/outcomes?size=200").size()).isGreaterThan(policies.size());
        assertThat(call("/api/outcomes?type=policy&changeType=practice").getStatus()).isEqualTo(400);
    }

    @Test
    void anUnknownApiParameterIsRefusedNamingIt() throws Exception {
        for (String parameter : List.of("changetype", "city", "types", "status_")) {
            MockHttpServletResponse response = call("/api/outcomes?" + parameter + "=policy");
            assertThat(response.getStatus()).as(parameter).isEqualTo(400);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\\\"" + parameter + "\\\"");
        }
        assertThat(call("/api/outcomes?lang=fr&q=Tunis&status=validated&page=0&size=5").getStatus()).isEqualTo(200);
    }

    @Test
    void anUnknownPlaceIsRefusedWithTheNearestNames() {
        OutcomeDraft draft = new OutcomeDraft("Municipality", "practice", "Something changed", null, "Sfacks, TN", null, null,
                null, null, false, List.of(), List.of("Tangier, MA", "Tangierr, MA"), null, null, null, "org:mc2cm", List.of());
        InvalidEntryException refused = (InvalidEntryException) org.assertj.core.api.Assertions.catchThrowable(
                () -> harvest.draft(draft, tunis));
        assertThat(refused.errors()).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("city");
            assertThat(e.messageKey()).isEqualTo("learning.error.unknownPlaceNear");
            assertThat(e.arguments()).first().isEqualTo("Sfacks, TN");
            assertThat(e.arguments().get(1).toString()).contains("Sfax, TN");
        });
        assertThat(refused.errors()).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("peer_cities");
            assertThat(e.arguments().get(1).toString()).contains("Tangier, MA");
        });
    }
}
