package org.crossroads.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.audit.AuditTrail;
import org.crossroads.shared.search.NameMatch;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.MatchKey;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An organisation's other names: edited in its form (checked, history kept), shown as "Also known as" on its page
 * and listed by the API, found by search; an import without the column leaves them as they are.
 */
@IntegrationTest
class OrganisationAlternateNamesTest extends WebTest {

    static final String RUN = Long.toString(System.nanoTime(), 36);
    static final Editor ADMIN = new Editor(0, "alt-names-admin", "Admin", Role.ADMINISTRATOR, null, null);

    @Autowired Accounts accounts;
    @Autowired OrganisationEditing editing;
    @Autowired Organisations organisations;
    @Autowired OrganisationNames names;
    @Autowired AuditTrail audit;
    @Autowired JsonMapper json;

    long id;
    String slug;

    @BeforeEach
    void anOrganisation() {
        slug = RUN + System.nanoTime();
        id = editing.upsertByExternalId(new OrganisationDraft("org:alt-" + slug, "Observatory of Mobility " + slug,
                "OBSM" + slug, "research", "TN", null, null, null, "Alternate names test"), "test").id();
        if (accounts.findByUsername("alt-admin").isEmpty()) {
            accounts.create("alt-admin", "Alt Admin", "{noop}unused", Role.ADMINISTRATOR, null, null);
        }
    }

    @Test
    void theEditFormSavesOtherNamesThatThePageTheApiAndSearchShow() throws Exception {
        Document form = Jsoup.parse(mvc.perform(get("/organisations/" + id + "/edit").with(user("alt-admin").roles("ADMINISTRATOR")))
                .andReturn().getResponse().getContentAsString());
        assertThat(form.select("textarea#alternateNames")).hasSize(1);
        assertThat(form.select("label[for=alternateNames]").text()).isEqualTo("Other names");

        MvcResult saved = mvc.perform(post("/organisations/" + id + "/edit").with(user("alt-admin").roles("ADMINISTRATOR"))
                .with(csrf()).param("name", "Observatory of Mobility " + slug).param("acronym", "OBSM" + slug)
                .param("alternateNames", "Observatoire de la mobilité " + slug + "\n\nمرصد التنقل " + slug
                        + "\nobservatory of mobility " + slug + "\nOBSM" + slug)
                .param("type", "research").param("country", "TN").param("source", "Edited")
                .param("version", Integer.toString(organisations.find(id).orElseThrow().version()))).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/organisations/" + id);

        // blank lines and repeats of the name or acronym are dropped
        List<String> stored = organisations.find(id).orElseThrow().alternateNames();
        assertThat(stored).containsExactly("Observatoire de la mobilité " + slug, "مرصد التنقل " + slug);
        assertThat(audit.history("organisation", id).get(0).toString()).contains("Observatoire de la mobilité " + slug);

        Document page = Jsoup.parse(mvc.perform(get("/organisations/" + id).header("Accept-Language", "fr"))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("#also-known-as").text()).startsWith("Aussi appelée")
                .contains("Observatoire de la mobilité " + slug, "مرصد التنقل " + slug);

        JsonNode detail = json.readTree(mvc.perform(get("/api/organisations/" + id)).andReturn().getResponse().getContentAsString());
        assertThat(detail.get("alternateNames").toString()).contains("Observatoire de la mobilit");
        JsonNode list = json.readTree(mvc.perform(get("/api/organisations").param("q", "OBSM" + slug))
                .andReturn().getResponse().getContentAsString());
        assertThat(list.get("items").get(0).get("alternateNames").size()).isEqualTo(2);

        assertThat(names.matching(MatchKey.of("مرصد التنقل " + slug))).extracting(NameMatch::value)
                .containsExactly(Long.toString(id));
    }

    @Test
    void otherNamesThatAreTooLongHoldTheSeparatorOrAreTooManyAreRejectedNamingTheField() {
        Organisation o = organisations.find(id).orElseThrow();
        for (List<String> bad : List.of(List.of("x".repeat(301)), List.of("A|B"),
                java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(n -> "Name " + n).toList())) {
            assertThatThrownBy(() -> editing.update(id, o.version(), draft(bad), ADMIN))
                    .isInstanceOfSatisfying(InvalidEntryException.class,
                            e -> assertThat(e.errors()).extracting(err -> err.field()).containsOnly("alternate_names"));
        }
        assertThat(organisations.find(id).orElseThrow().alternateNames()).isEmpty();
    }

    @Test
    void aDraftWithoutOtherNamesLeavesThemAndAnEmptyListClearsThem() {
        editing.update(id, organisations.find(id).orElseThrow().version(), draft(List.of("MOB " + slug)), ADMIN);
        editing.upsertByExternalId(new OrganisationDraft("org:alt-" + slug, "Observatory of Mobility " + slug,
                "OBSM" + slug, "research", "TN", null, null, null, "Re-imported"), "test");
        assertThat(organisations.find(id).orElseThrow().alternateNames()).containsExactly("MOB " + slug);
        editing.update(id, organisations.find(id).orElseThrow().version(), draft(List.of()), ADMIN);
        assertThat(organisations.find(id).orElseThrow().alternateNames()).isEmpty();
        assertThat(Map.of("names", names.matching(MatchKey.of("MOB " + slug)))).containsEntry("names", List.of());
    }

    private OrganisationDraft draft(List<String> alternateNames) {
        return new OrganisationDraft(null, "Observatory of Mobility " + slug, "OBSM" + slug, "research", "TN",
                null, null, null, "Edited", alternateNames);
    }
}
