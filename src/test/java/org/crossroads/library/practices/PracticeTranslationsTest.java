package org.crossroads.library.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.audit.AuditTrail;
import org.crossroads.directory.LocalAuthorityDraft;
import org.crossroads.directory.PlaceEditing;
import org.crossroads.learning.outcomes.OutcomeDraft;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every section of a practice is translated through its form (history and version checks as any edit); the page
 * shows the reader's language where translated, else the text as written marked with its language and a note; the
 * outcomes it inspired are named by an excerpt of what changed, never by their (Chatham House) source.
 */
@IntegrationTest
class PracticeTranslationsTest extends WebTest {

    @Autowired PracticeEditing editing;
    @Autowired PracticeReads reads;
    @Autowired AuditTrail audit;
    @Autowired Accounts accounts;
    @Autowired PlaceEditing placeEditing;
    @Autowired OutcomeHarvest harvest;

    static String run;
    static String city;
    static Editor coordinator;

    @BeforeEach
    void setUp() {
        if (run == null) {
            run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            city = "place:translated-" + run;
            placeEditing.addLocalAuthority(new LocalAuthorityDraft(city, "Translatown " + run, "MA", 200_000L, 35.0, -5.0,
                    List.of(), List.of(), "Translations test"), "test");
            accounts.create("tr-coord-" + run, "Translations coordinator", "{noop}unused", Role.NETWORK_COORDINATOR, null, null);
            coordinator = accounts.findByUsername("tr-coord-" + run).orElseThrow();
        }
    }

    @Test
    void anEditorTranslatesEachSectionAndReadersSeeTheirLanguageOrTheOriginalMarked() throws Exception {
        long id = editing.create(draft("Night mediation " + run), coordinator);
        Document form = okPage(get("/practices/" + id + "/edit").with(user(coordinator.username())));
        for (String section : Practice.SECTIONS) {
            assertThat(form.select("textarea[name=translation[fr." + section + "]]")).as(section).hasSize(1);
            assertThat(form.select("textarea[name=translation[ar." + section + "]]").attr("dir")).isEqualTo("rtl");
        }

        int version = reads.find(id, Optional.empty()).orElseThrow().version();
        MockHttpServletResponse saved = mvc.perform(edit(id, version)
                .param("titleFr", "Médiation de nuit " + run)
                .param("translation[fr.problem]", "Des tensions sur la place")
                .param("translation[fr.approach]", " ")
                .param("translation[ar.problem]", "توتر في الساحة")).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).as(saved.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("/practices/" + id);
        Practice p = reads.find(id, Optional.empty()).orElseThrow();
        assertThat(p.translations().get("fr")).containsExactlyInAnyOrderEntriesOf(
                Map.of("title", "Médiation de nuit " + run, "problem", "Des tensions sur la place"));
        assertThat(p.translations().get("ar")).containsExactlyEntriesOf(Map.of("problem", "توتر في الساحة"));
        assertThat(audit.history(PracticeEditing.RECORD, id).get(0)).satisfies(c -> {
            assertThat(c.action()).isEqualTo("updated");
            assertThat(c.fields()).anySatisfy(f -> assertThat(String.valueOf(f.after())).contains("Des tensions sur la place"));
        });
        // the edit form shows the translations it saved
        assertThat(okPage(get("/practices/" + id + "/edit").with(user(coordinator.username())))
                .select("textarea[name=translation[fr.problem]]").text()).isEqualTo("Des tensions sur la place");

        Document french = okPage(get("/practices/" + id).param("lang", "fr"));
        assertThat(french.selectFirst("h1").attr("lang")).isEqualTo("fr");
        assertThat(french.select("#section-problem p[lang=fr]").text()).isEqualTo("Des tensions sur la place");
        assertThat(french.select("#section-problem .section-untranslated")).isEmpty();
        assertThat(french.select("#section-approach p[lang=en]").text()).isEqualTo("Mediators walk the square at night");
        assertThat(french.select("#section-approach .section-untranslated").text()).contains("anglais");

        Document spanish = okPage(get("/practices/" + id).param("lang", "es"));
        assertThat(spanish.select("#not-translated").text()).contains("español", "inglés");
        assertThat(spanish.select("#section-problem p[lang=en]").text()).isEqualTo("Tension in the square");
        assertThat(spanish.select(".section-untranslated")).isEmpty(); // one note for the whole practice

        Document english = okPage(get("/practices/" + id).param("lang", "en"));
        assertThat(english.select("#not-translated, .section-untranslated")).isEmpty();
        assertThat(english.select("#section-problem p[lang=en]").text()).isEqualTo("Tension in the square");

        // a save against the version read before keeps the typed translation and says someone changed the practice
        MockHttpServletResponse stale = mvc.perform(edit(id, version).param("translation[fr.problem]", "Périmé"))
                .andReturn().getResponse();
        Document conflict = Jsoup.parse(stale.getContentAsString(StandardCharsets.UTF_8));
        assertThat(conflict.select(".conflict")).hasSize(1);
        assertThat(conflict.select("textarea[name=translation[fr.problem]]").text()).isEqualTo("Périmé");
        assertThat(reads.find(id, Optional.empty()).orElseThrow().translations().get("fr").get("problem"))
                .isEqualTo("Des tensions sur la place");

        // clearing the translations in the form removes them
        mvc.perform(edit(id, reads.find(id, Optional.empty()).orElseThrow().version())
                .param("translation[fr.problem]", "").param("translation[ar.problem]", "")).andReturn();
        assertThat(reads.find(id, Optional.empty()).orElseThrow().translations()).doesNotContainKeys("fr", "ar");
    }

    @Test
    void theOutcomesAPracticeInspiredAreNamedByAnExcerptOfWhatChangedNotByTheirSource() throws Exception {
        String title = "Outcome excerpt practice " + run;
        long id = editing.create(draft(title), coordinator);
        String description = "The municipality hired twelve night mediators who walk the old square every evening, "
                + "and complaints from residents fell by half within a year while newcomers found a first contact " + run;
        long outcome = harvest.recordValidated(new OutcomeDraft("Municipal social services", "practice", description,
                LocalDate.of(2023, 3, 1), city, "Calmer streets", "A study visit", "Confidential informant " + run,
                "A council decision", true, List.of(), List.of(), null, null, title, "org:mc2cm", List.of()), "Checked", "test");
        Document page = okPage(get("/practices/" + id));
        String label = page.select("#evidence a[href=/outcomes/" + outcome + "]").text();
        assertThat(label).startsWith("The municipality hired twelve night mediators").endsWith("…");
        assertThat(label.length()).isLessThan(description.length()).isLessThanOrEqualTo(141);
        assertThat(page.select("#evidence .practice-outcome").text()).contains("Municipal social services");
        assertThat(page.text()).doesNotContain("Confidential informant " + run);
    }

    private MockHttpServletRequestBuilder edit(long id, int version) {
        return post("/practices/" + id + "/edit").with(user(coordinator.username())).with(csrf())
                .param("language", "en").param("title", "Night mediation " + run).param("city", city)
                .param("themes", "social_cohesion").param("problem", "Tension in the square")
                .param("approach", "Mediators walk the square at night").param("version", String.valueOf(version));
    }

    private PracticeDraft draft(String title) {
        return new PracticeDraft("en", title, Map.of(), List.of(), city, List.of(), List.of(), List.of("social_cohesion"),
                null, null, Map.of("problem", "Tension in the square", "approach", "Mediators walk the square at night"),
                List.of(), List.of(new Practice.Source("Interview " + run, "We walk the square.")), List.of(), List.of(),
                List.of(), List.of(), "Translations test");
    }
}
