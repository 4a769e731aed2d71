package org.crossroads.learning.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.crossroads.learning.LearningFixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.crossroads.shared.tabular.ImportContext;
import org.crossroads.shared.tabular.ImportOptions;
import org.crossroads.shared.tabular.ImportReport;
import org.crossroads.shared.tabular.ImportRunner;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Events read in the reader's language where translated (issue 12 §2), from the built-in data, the form and imports. */
@IntegrationTest
class EventLanguagesTest extends WebTest {

    @Autowired LearningEvents events;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired Places places;
    @Autowired ImportRunner imports;

    @Test
    void theBuiltInEventsReadInFourLanguagesMarkedAsTranslations() throws Exception {
        LearningEvent first = events.findByExternalId("mc2cm:event:01").orElseThrow();
        assertThat(first.translations()).containsKeys("fr", "ar", "es");
        Document french = page(get("/events/" + first.id()).header("Accept-Language", "fr"));
        assertThat(french.selectFirst("h1").text()).isEqualTo(first.translations().get("fr").get("theme"));
        assertThat(french.selectFirst("h1").attr("lang")).isEqualTo("fr");
        assertThat(french.selectFirst(".content-mark").text()).isEqualTo("Texte traduit (original : anglais)");
        Document english = page(get("/events/" + first.id()).header("Accept-Language", "en"));
        assertThat(english.selectFirst("h1").text()).isEqualTo(first.theme());
        assertThat(english.select(".content-mark")).isEmpty();
        LearningEvent civil = events.findByExternalId("mc2cm:event:10").orElseThrow();
        Document list = page(get("/events").param("q", "civil society").header("Accept-Language", "ar"));
        assertThat(list.select("#event-results a[lang=ar]").eachText()).contains(civil.translations().get("ar").get("theme"));
    }

    @Test
    void theFormAndAnImportTakeTheLanguageAndTheTranslations() throws Exception {
        LearningFixtures.of(accounts, organisations, places).mc2cmCoordinator();
        var created = mvc.perform(post("/events/new").with(user(LearningFixtures.MC2CM_COORDINATOR)).with(csrf())
                        .param("theme", "Accueil des nouveaux arrivants").param("language", "fr").param("hostCity", "Oujda, MA")
                        .param("start", "2024-05-14").param("format", "in_person").param("organisers", "org:mc2cm")
                        .param("translation[en.theme]", "Reception of newcomers").param("translation[ar.theme]", "استقبال الوافدين الجدد")
                        .param("source", "typed"))
                .andReturn().getResponse();
        long id = Long.parseLong(created.getRedirectedUrl().replace("/events/", ""));
        LearningEvent stored = events.find(id).orElseThrow();
        assertThat(stored.language()).isEqualTo("fr");
        assertThat(stored.theme(Locale.ENGLISH)).isEqualTo("Reception of newcomers");
        assertThat(stored.theme(Locale.forLanguageTag("es"))).as("the original, for want of a translation").isEqualTo("Accueil des nouveaux arrivants");
        Document form = page(get("/events/" + id + "/edit").with(user(LearningFixtures.MC2CM_COORDINATOR)));
        assertThat(form.selectFirst("#tr-ar-theme").val()).isEqualTo("استقبال الوافدين الجدد");
        assertThat(form.selectFirst("#language option[selected]").val()).isEqualTo("fr");

        Document spanish = page(get("/events/" + id).header("Accept-Language", "es"));
        assertThat(spanish.selectFirst(".content-mark").text()).isEqualTo("Aún sin traducir (original: francés)");

        String csv = "external_id,theme,start,format,organisers,source,language,theme_fr,theme_en\n"
                + "test:lang-import,Recepción de recién llegados,2024-05-14,hybrid,org:mc2cm,test,es,Accueil des nouveaux arrivants,\n"
                + "test:lang-twice,Reception,2024-05-14,hybrid,org:mc2cm,test,en,Accueil,Reception again\n";
        ImportReport report = imports.run("events", "events.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.CHECK_ONLY, new ImportContext("importer", Locale.ENGLISH, false));
        assertThat(report.problems()).as("a translation into the event's own language").hasSize(1)
                .first().satisfies(p -> assertThat(p.row()).isEqualTo(3));
    }
}
