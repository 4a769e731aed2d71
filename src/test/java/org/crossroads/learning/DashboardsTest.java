package org.crossroads.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.crossroads.IntegrationTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Event, city and network dashboards: public with small counts hidden, exact for organisers, as CSV and PDF. */
@IntegrationTest
class DashboardsTest {

    @Autowired WebApplicationContext context;
    @Autowired EventEditing editing;
    @Autowired ParticipantRegistry registry;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired Places places;
    Editor coordinator;
    MockMvc mvc;
    long event;

    @BeforeEach
    void anEventWithSixDelegatesOfWhomOneIsAWoman() {
        coordinator = LearningFixtures.of(accounts, organisations, places).mc2cmCoordinator();
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        LocalDate day = LocalDate.of(2033, 5, 4);
        event = editing.create(new EventDraft(null, "Dashboard test " + UUID.randomUUID(), "Rabat, MA", day, day, "day",
                "in_person", List.of("org:mc2cm"), List.of(), List.of(), List.of(), null, List.of(), null, "test"), coordinator);
        for (int i = 0; i < 6; i++) {
            registry.register(event, new ParticipantDraft("Delegate " + i + " " + UUID.randomUUID(), null, null,
                    i < 3 ? "Rabat, MA" : "Amman, JO", "technical", null, i == 0 ? "woman" : "man", null, "en",
                    List.of("participation"), null), coordinator);
        }
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void thePublicSeesSmallCountsHiddenAndTheOrganiserSeesThemExactly() throws Exception {
        Document page = Jsoup.parse(perform(get("/events/" + event + "/dashboard")).getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#by-gender-table td").eachText()).contains("<5");
        assertThat(page.select("#by-gender-table td").eachText()).doesNotContain("1", "5");
        assertThat(page.select("#by-city-table td").eachText()).contains("<5");
        assertThat(page.select("#participation-table td").eachText()).contains("6");

        Document organiser = Jsoup.parse(perform(get("/events/" + event + "/dashboard").with(user(LearningFixtures.MC2CM_COORDINATOR)))
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(organiser.select("#by-gender-table td").eachText()).contains("1", "5");
    }

    @Test
    void theApiHidesTheComplementaryCountToo() throws Exception {
        String anonymous = perform(get("/api/events/" + event + "/participation")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(anonymous).contains("\"delegates\":6", "\"gender\":{\"man\":null,\"woman\":null}");
        String organiser = perform(get("/api/events/" + event + "/participation").with(user(LearningFixtures.MC2CM_COORDINATOR)))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(organiser).contains("\"gender\":{\"man\":5,\"woman\":1}");
    }

    @Test
    void everyDashboardExportsAsCsvAndPdf() throws Exception {
        MockHttpServletResponse csv = perform(get("/events/" + event + "/dashboard.csv"));
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains("Delegates by gender", "<5");
        MockHttpServletResponse pdf = perform(get("/events/" + event + "/dashboard.pdf").param("lang", "fr"));
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(perform(get("/events/" + event + "/dashboard.pdf").param("lang", "ar")).getStatus()).isEqualTo(200);
        long rabat = places.resolve("Rabat, MA").orElseThrow().id();
        assertThat(perform(get("/cities/" + rabat + "/learning.pdf")).getContentAsByteArray()).hasSizeGreaterThan(1000);
        assertThat(perform(get("/learning/network.csv")).getContentAsString(StandardCharsets.UTF_8)).contains("Diversity over time");
        assertThat(perform(get("/learning/network/" + organisations.resolve("org:mc2cm").orElseThrow().id() + ".pdf")).getStatus())
                .isEqualTo(200);
    }

    @Test
    void theCityAndNetworkDashboardsShowParticipationOverTimeInEveryLanguage() throws Exception {
        long amman = places.resolve("Amman, JO").orElseThrow().id();
        for (String lang : List.of("en", "fr", "ar", "es")) {
            MockHttpServletResponse city = perform(get("/cities/" + amman + "/learning").param("lang", lang));
            assertThat(city.getStatus()).isEqualTo(200);
            Document page = Jsoup.parse(city.getContentAsString(StandardCharsets.UTF_8));
            assertThat(page.select("#timeline-table tbody tr")).isNotEmpty();
            assertThat(perform(get("/learning/network").param("lang", lang)).getStatus()).isEqualTo(200);
        }
        Document network = Jsoup.parse(perform(get("/learning/network")).getContentAsString(StandardCharsets.UTF_8));
        assertThat(network.select("#diversity-gender-table tbody tr")).isNotEmpty();
    }
}
