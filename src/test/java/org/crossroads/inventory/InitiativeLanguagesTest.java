package org.crossroads.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.crossroads.shared.validation.InvalidEntryException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An initiative is written in one language and translated into others (issue 12 §2): each reader sees it in their
 * language where someone translated it, else as written, and the page says which.
 */
@IntegrationTest
class InitiativeLanguagesTest extends WebTest {

    static final Editor ADMIN = new Editor(0, "admin", "admin", Role.ADMINISTRATOR, null, null);

    @Autowired InitiativeEditing editing;
    @Autowired Initiatives initiatives;
    @Autowired org.crossroads.directory.Places places;

    static InitiativeDraft inFrench(String externalId, Map<String, Map<String, String>> translations) {
        return new InitiativeDraft(externalId, "Guichet unique pour les nouveaux arrivants",
                "Un bureau municipal qui oriente les nouveaux arrivants.", "inclusive_services", List.of(),
                List.of("Sfax, TN"), List.of(), false, List.of(), List.of(), List.of(), List.of(), null, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), translations, "test", "fr");
    }

    @Test
    void eachReaderSeesTheirTranslationOrTheOriginalMarkedAsSuch() throws Exception {
        long id = editing.create(inFrench("lang:one-stop", Map.of("en", Map.of("name", "One-stop shop for newcomers",
                "summary", "A municipal office that orients newcomers."))), ADMIN);

        Document english = page(get("/initiatives/" + id).header("Accept-Language", "en"));
        assertThat(english.selectFirst("h1").text()).isEqualTo("One-stop shop for newcomers");
        assertThat(english.selectFirst("h1").attr("lang")).isEqualTo("en");
        assertThat(english.selectFirst(".content-mark").text()).isEqualTo("Translated (original: French)");

        Document french = page(get("/initiatives/" + id).header("Accept-Language", "fr"));
        assertThat(french.selectFirst("h1").text()).isEqualTo("Guichet unique pour les nouveaux arrivants");
        assertThat(french.select(".content-mark")).as("the original, in the reader's language").isEmpty();

        Document arabic = page(get("/initiatives/" + id).header("Accept-Language", "ar"));
        assertThat(arabic.selectFirst("h1").text()).isEqualTo("Guichet unique pour les nouveaux arrivants");
        assertThat(arabic.selectFirst("h1").attr("lang")).as("the French text keeps its language on an Arabic page").isEqualTo("fr");
        assertThat(arabic.selectFirst(".content-mark").text()).startsWith("لم يُترجم بعد").contains("الفرنسية");

        Document list = page(get("/initiatives").param("q", "One-stop shop for newcomers").header("Accept-Language", "es"));
        assertThat(list.select(".results a[lang=fr]").eachText()).contains("Guichet unique pour les nouveaux arrivants");
        assertThat(list.select(".results .content-mark").eachText()).anyMatch(t -> t.startsWith("Aún sin traducir"));
    }

    /** Issue 12 §2: a city reads by the name the reader's language gives it, where the built-in data has it. */
    @Test
    void cityNamesReadInTheReadersLanguage() throws Exception {
        long tangier = places.resolve("Tangier, MA").orElseThrow().id();
        assertThat(page(get("/cities/" + tangier).param("lang", "en")).selectFirst("h1").text()).contains("Tangier");
        assertThat(page(get("/cities/" + tangier).param("lang", "fr")).selectFirst("h1").text()).contains("Tanger");
        assertThat(page(get("/cities/" + tangier).param("lang", "es")).selectFirst("h1").text()).contains("Tánger");
        assertThat(page(get("/cities/" + tangier).param("lang", "ar")).selectFirst("h1").text()).contains("طنجة");
        long seville = places.resolve("Seville, ES").orElseThrow().id();
        assertThat(page(get("/cities/" + seville).param("lang", "fr")).selectFirst("h1").text()).contains("Séville");
    }

    @Test
    void theFormKeepsTheLanguageAndEveryTranslation() throws Exception {
        var saved = mvc.perform(post("/initiatives/new").with(user("admin").roles("ADMINISTRATOR")).with(csrf())
                .param("name", "Observatoire local des migrations").param("language", "fr").param("activityType", "knowledge_data")
                .param("cities", "Oujda, MA").param("nameEn", "Local migration observatory").param("nameEs", "Observatorio local de migraciones")
                .param("source", "test").param("version", "0")).andReturn();
        long id = Long.parseLong(saved.getResponse().getRedirectedUrl().replace("/initiatives/", ""));
        Initiative stored = initiatives.find(id).orElseThrow();
        assertThat(stored.language()).isEqualTo("fr");
        assertThat(stored.translations()).containsOnlyKeys("en", "es");

        Document form = page(get("/initiatives/" + id + "/edit").with(user("admin").roles("ADMINISTRATOR")));
        assertThat(form.selectFirst("#language option[selected]").val()).isEqualTo("fr");
        assertThat(form.selectFirst("#nameEn").val()).isEqualTo("Local migration observatory");
        assertThat(form.selectFirst("#nameAr").attr("dir")).isEqualTo("rtl");
    }

    @Test
    void aTranslationIntoTheOriginalLanguageOrAnUnknownLanguageIsRefusedByName() {
        assertThatThrownBy(() -> editing.create(inFrench("lang:twice", Map.of("fr", Map.of("name", "Deux fois"))), ADMIN))
                .isInstanceOfSatisfying(InvalidEntryException.class,
                        e -> assertThat(e.errors()).anyMatch(x -> x.field().equals("translations")));
        InitiativeDraft klingon = new InitiativeDraft("lang:tlh", "Name", null, "inclusive_services", List.of(),
                List.of("Sfax, TN"), List.of(), false, List.of(), List.of(), List.of(), List.of(), null, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), "test", "tl");
        assertThatThrownBy(() -> editing.create(klingon, ADMIN)).isInstanceOfSatisfying(InvalidEntryException.class,
                e -> assertThat(e.errors()).anyMatch(x -> x.field().equals("language")));
    }
}
