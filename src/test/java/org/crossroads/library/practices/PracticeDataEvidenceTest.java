package org.crossroads.library.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.data.CatalogueEditing;
import org.crossroads.data.DataImport;
import org.crossroads.data.DataImportJobs;
import org.crossroads.data.DataImportReport;
import org.crossroads.data.IndicatorDraft;
import org.crossroads.directory.LocalAuthorityDraft;
import org.crossroads.directory.PlaceEditing;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Data values as a practice's evidence: linked in the form (checked: indicator, city, year), kept in the history,
 * shown on the page, in the PDF and in /api/practices as the public sees them on data pages: a small count as
 * "&lt;5", never its number; a confidential value not at all.
 */
@IntegrationTest
class PracticeDataEvidenceTest extends WebTest {

    @Autowired PracticeReads reads;
    @Autowired Accounts accounts;
    @Autowired PlaceEditing placeEditing;
    @Autowired CatalogueEditing catalogue;
    @Autowired DataImportJobs imports;
    @Autowired org.crossroads.audit.AuditTrail audit;
    @Autowired JsonMapper json;

    static String run;
    static String city;
    static String indicator;
    static Editor coordinator;

    @BeforeEach
    void setUp() {
        if (run == null) {
            run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            city = "place:evidence-" + run;
            placeEditing.addLocalAuthority(new LocalAuthorityDraft(city, "Evidenceville " + run, "TN", 90_000L, 34.7, 10.7,
                    List.of(), List.of(), "Practice data test"), "test");
            indicator = "practice_evidence_" + run;
            catalogue.putIndicator(new IndicatorDraft(indicator, Map.of("en", "Newcomers welcomed " + run, "fr",
                    "Nouveaux arrivants accueillis " + run, "ar", "الوافدون المستقبَلون " + run, "es", "Recién llegados " + run),
                    Map.of("en", "Newcomers the one-stop shop welcomed"), "persons", "count", "sum", List.of(), List.of(),
                    List.of(), List.of(), List.of(), false, null, 0, "practice data test"), "test");
            String values = "indicator,place,period,categories,value,source,method_note,quality,confidentiality\n"
                    + indicator + "," + city + ",2023,,1234,,,,\n"
                    + indicator + "," + city + ",2022,,3,,,,\n"
                    + indicator + "," + city + ",2021,,4321,,,,confidential\n";
            DataImportReport report = imports.runNow("practice-evidence.csv", values.getBytes(StandardCharsets.UTF_8),
                    new DataImport.Options(false, false, "test", Locale.ENGLISH, null));
            assertThat(report.hasProblems()).as(String.valueOf(report.problems())).isFalse();
            accounts.create("ev-coord-" + run, "Evidence coordinator", "{noop}unused", Role.NETWORK_COORDINATOR, null, null);
            coordinator = accounts.findByUsername("ev-coord-" + run).orElseThrow();
        }
    }

    @Test
    void dataValuesLinkedInTheFormShowAsThePublicSeesThemOnThePageThePdfAndTheApi() throws Exception {
        MockHttpServletResponse created = mvc.perform(form("/practices/new", "Welcome counts " + run)
                .param("dataValues", indicator + "; Evidenceville " + run + ", TN; 2023\n" + indicator + "; " + city
                        + "; 2022\n\n" + indicator + "; " + city + "; 2021\n" + indicator + "; " + city + "; 2023"))
                .andReturn().getResponse();
        assertThat(created.getRedirectedUrl()).as(created.getContentAsString(StandardCharsets.UTF_8)).startsWith("/practices/");
        long id = Long.parseLong(created.getRedirectedUrl().substring("/practices/".length()));
        Practice p = reads.find(id, Optional.empty()).orElseThrow();
        assertThat(p.dataValues()).extracting(Practice.DataValue::year).containsExactlyInAnyOrder(2021, 2022, 2023);
        assertThat(audit.history(PracticeEditing.RECORD, id).get(0).fields())
                .anySatisfy(f -> assertThat(f.field()).isEqualTo("data_values"));

        Document page = okPage(get("/practices/" + id));
        List<String> lines = page.select("#data-values li").eachText();
        assertThat(lines).hasSize(3);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Newcomers welcomed " + run, "Evidenceville " + run, "2023", "1234"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("2022", "<5", "protected"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("2021", "no value available"));
        assertThat(page.select("#data-values").text()).doesNotContain("4321").doesNotContain(": 3 ");
        assertThat(page.select("#data-values a").attr("href")).startsWith("/data/series?indicator=" + indicator + "&place=");
        // in the reader's language
        assertThat(okPage(get("/practices/" + id).param("lang", "fr")).select("#data-values").text())
                .contains("Nouveaux arrivants accueillis " + run);

        JsonNode api = json.readTree(mvc.perform(get("/api/practices/" + id)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        Map<Integer, JsonNode> byYear = new java.util.HashMap<>();
        api.get("dataValues").forEach(v -> byYear.put(v.get("year").asInt(), v));
        assertThat(byYear.get(2023).get("value").asInt()).isEqualTo(1234);
        assertThat(byYear.get(2022).get("value").isNull()).isTrue();
        assertThat(byYear.get(2022).get("suppressed").asString()).isEqualTo("<5");
        assertThat(byYear.get(2021).get("available").asBoolean()).isFalse();
        assertThat(api.get("dataValues").toString()).doesNotContain("4321");

        MockHttpServletResponse pdf = mvc.perform(get("/practices/" + id + ".pdf")).andReturn().getResponse();
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("1234", "<5").doesNotContain("4321");
        }

        // the edit form gives the links back as it took them
        assertThat(okPage(get("/practices/" + id + "/edit").with(user(coordinator.username()))).select("#dataValues").text())
                .contains(indicator + "; ");
    }

    @Test
    void badDataValuesAreRefusedNextToTheField() throws Exception {
        MockHttpServletResponse refused = mvc.perform(form("/practices/new", "Bad counts " + run)
                .param("dataValues", "no_such_indicator_" + run + "; " + city + "; 2023\n" + indicator + "; Atlantis, ZZ; 2023\n"
                        + indicator + "; " + city + "; 23\n" + indicator + "; " + city)).andReturn().getResponse();
        Document form = Jsoup.parse(refused.getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.select("#err-data_values > span").eachText()).hasSize(4).anySatisfy(e -> assertThat(e).contains("no_such_indicator_" + run))
                .anySatisfy(e -> assertThat(e).contains("Atlantis, ZZ")).anySatisfy(e -> assertThat(e).contains("23"));
        assertThat(form.select("#dataValues").attr("aria-invalid")).isEqualTo("true");
    }

    private MockHttpServletRequestBuilder form(String path, String title) {
        return post(path).with(user(coordinator.username())).with(csrf()).param("language", "en").param("title", title)
                .param("city", city).param("themes", "social_cohesion").param("results", "More newcomers welcomed");
    }
}
