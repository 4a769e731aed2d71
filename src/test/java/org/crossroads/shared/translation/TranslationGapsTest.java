package org.crossroads.shared.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.inventory.InitiativeDraft;
import org.crossroads.inventory.InitiativeEditing;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Editors see what is not yet translated into a language, kind by kind (issue 12 §2). */
@IntegrationTest
class TranslationGapsTest extends WebTest {

    static final Editor ADMIN = new Editor(0, "admin", "admin", Role.ADMINISTRATOR, null, null);

    @Autowired InitiativeEditing initiatives;

    Document page(String language) throws Exception {
        return Jsoup.parse(mvc.perform(get("/translations").param("language", language).with(user("admin").roles("ADMINISTRATOR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    static InitiativeDraft draft(String externalId, String name, Map<String, Map<String, String>> translations) {
        return new InitiativeDraft(externalId, name, null, "peer_exchange", List.of(), List.of("Sfax, TN"), List.of(), false,
                List.of(), List.of(), List.of(), List.of(), null, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), translations, "test");
    }

    @Test
    void aRecordIsListedUntilItsTranslationIsWritten() throws Exception {
        long id = initiatives.create(draft("gaps:one", "Untranslated reception desk", Map.of()), ADMIN);
        assertThat(page("fr").select("#gaps-initiatives + ul a").eachAttr("href")).contains("/initiatives/" + id);
        assertThat(page("en").select("#gaps-initiatives + ul a").eachAttr("href")).as("written in English")
                .doesNotContain("/initiatives/" + id);

        initiatives.update(id, 0, draft("gaps:one", "Untranslated reception desk",
                Map.of("fr", Map.of("name", "Guichet d'accueil"))), ADMIN);
        Document french = page("fr");
        assertThat(french.select("#gaps-initiatives + ul a").eachAttr("href")).doesNotContain("/initiatives/" + id);
        assertThat(page("ar").select("#gaps-initiatives + ul a").eachAttr("href")).contains("/initiatives/" + id);
        assertThat(french.select("h2").eachAttr("id"))
                .containsExactly("gaps-initiatives", "gaps-events", "gaps-outcomes", "gaps-documents", "gaps-organisations");
    }

    @Test
    void onlyEditorsSeeThePage() throws Exception {
        assertThat(mvc.perform(get("/translations")).andReturn().getResponse().getStatus()).isIn(302, 401, 403);
    }
}
