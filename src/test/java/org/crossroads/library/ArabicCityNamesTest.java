package org.crossroads.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.directory.OrganisationDraft;
import org.crossroads.directory.OrganisationEditing;
import org.crossroads.directory.Place;
import org.crossroads.directory.PlaceNames;
import org.crossroads.directory.Places;
import org.crossroads.learning.outcomes.OutcomeDraft;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.library.practices.Practice;
import org.crossroads.library.practices.PracticeDraft;
import org.crossroads.library.practices.PracticeEditing;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * On Arabic pages a city the gazetteer names in Arabic script appears in Arabic script (Sfax → صفاقس), on every kind of
 * page that shows a city. The list below is the register of those page types: a new page type showing a city joins it.
 */
@IntegrationTest
class ArabicCityNamesTest extends WebTest {

    static final String SFAX = "صفاقس";

    @Autowired Places places;
    @Autowired PlaceNames placeNames;
    @Autowired PracticeEditing practices;
    @Autowired OutcomeHarvest outcomes;
    @Autowired OrganisationEditing organisations;
    @Autowired JdbcClient jdbc;

    @Test
    void everyPageTypeThatShowsACityShowsSfaxInArabicScriptOnArabicPages() throws Exception {
        Place sfax = places.resolve("Sfax, TN").orElseThrow();
        assertThat(placeNames.in(sfax, Locale.forLanguageTag("ar"))).isEqualTo(SFAX);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Editor admin = new Editor(0, "arabic-names-admin", "Admin", Role.ADMINISTRATOR, null, null);

        Map<String, Supplier<String>> pages = new LinkedHashMap<>();
        pages.put("practice page", () -> "/practices/" + practice(run, admin));
        pages.put("practice list", () -> "/practices?city=" + sfax.id());
        pages.put("document page", () -> "/documents/" + jdbc.sql("""
                select d.id from document d join document_place p on p.document_id = d.id
                where p.place_id = :p and d.access = 'public' and d.publication = 'published' order by d.id limit 1""")
                .param("p", sfax.id()).query(Long.class).single());
        pages.put("document list", () -> "/library?city=" + sfax.id());
        pages.put("event page", () -> "/events/" + jdbc.sql("select id from learning_event where host_place_id = :p order by id limit 1")
                .param("p", sfax.id()).query(Long.class).single());
        pages.put("event list", () -> "/events");
        pages.put("outcome page", () -> "/outcomes/" + outcome(run));
        pages.put("outcome list", () -> {
            outcome(run + "l");
            return "/outcomes?place=" + sfax.id();
        });
        pages.put("organisation page (seat)", () -> "/organisations/" + organisations.upsertByExternalId(new OrganisationDraft(
                "org:arabic-" + run, "Sfax association " + run, null, "civil_society", "TN", "Sfax, TN", null, null, "test"),
                "test").id());
        pages.put("needs and offers of a city", () -> "/cities/" + sfax.id() + "/needs-and-offers");
        pages.put("service points of a city", () -> "/cities/" + sfax.id() + "/service-points");
        pages.put("city page", () -> "/cities/" + sfax.id());

        for (Map.Entry<String, Supplier<String>> page : pages.entrySet()) {
            String path = page.getValue().get();
            MockHttpServletResponse response = mvc.perform(get(path).param("lang", "ar")).andReturn().getResponse();
            assertThat(response.getStatus()).as(page.getKey() + " " + path).isEqualTo(200);
            assertThat(Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).body().text())
                    .as(page.getKey() + " " + path).contains(SFAX);
        }
    }

    private long practice(String run, Editor admin) {
        return practices.create(new PracticeDraft("en", "Harbour welcome " + run, Map.of(), List.of(), "Sfax, TN", List.of(),
                List.of(), List.of("social_cohesion"), null, null, Map.of("approach", "A desk at the harbour"), List.of(),
                List.of(new Practice.Source("Test " + run, null)), List.of(), List.of(), List.of(), List.of(), "test"), admin);
    }

    private long outcome(String run) {
        return outcomes.recordValidated(new OutcomeDraft("Municipality of Sfax " + run, "practice", "A welcome desk opened " + run,
                LocalDate.of(2022, 5, 1), "Sfax, TN", "More newcomers registered", "A study visit", "An adviser", "A decree",
                false, List.of(), List.of(), null, null, null, "org:mc2cm", List.of()), "Checked", "test");
    }
}
