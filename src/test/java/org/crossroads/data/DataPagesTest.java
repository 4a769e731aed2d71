package org.crossroads.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The import pages, the catalogue page and the data API as a browser or a script sees them. */
@IntegrationTest
class DataPagesTest extends WebTest {

    @Autowired DataImportJobs jobs;
    @Autowired JsonMapper json;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Document waitForBatch(String location) throws Exception {
        long id = Long.parseLong(location.replaceAll("\\D+", ""));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> jobs.find(id).orElseThrow().isFinished());
        return Jsoup.parse(mvc.perform(get(location).with(user("admin"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void anAdministratorChecksAFileWithErrorsFixesItAndImportsIt() throws Exception {
        String bad = DataImportTest.HEADER + "population,\"Zarzis, TN\",2021,,seventy,,,,\n";
        String location = mvc.perform(multipart("/data/import").file(new MockMultipartFile("file", "bad.csv", "text/csv",
                        bad.getBytes(StandardCharsets.UTF_8))).param("action", "check").with(user("admin")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        Document report = waitForBatch(location);
        assertThat(report.select("#batch-problems td").eachText()).contains("2", "value");
        assertThat(report.select("#commit-form")).isEmpty();

        String good = DataImportTest.HEADER + "population,\"Zarzis, TN\",2021,,79300,INS,,good,public\n";
        String checked = mvc.perform(multipart("/data/import").file(new MockMultipartFile("file", "good.csv", "text/csv",
                        good.getBytes(StandardCharsets.UTF_8))).param("action", "check").with(user("admin")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(waitForBatch(checked).select("#commit-form")).isNotEmpty();
        String committed = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post(checked + "/commit").with(user("admin")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        Document done = waitForBatch(committed);
        assertThat(done.select("#batch-counts dd").eachText()).contains("1");

        var response = mvc.perform(get("/api/data-values").param("indicator", "population").param("place", "Zarzis, TN"))
                .andReturn().getResponse();
        JsonNode api = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(api.get("items").get(0).get("value").asInt()).isEqualTo(79300);
    }

    @Test
    void aCheckThatKeepsTheValidRowsSaysHowManyRowsImportingWillStoreAndLeaveOut() throws Exception {
        String mixed = DataImportTest.HEADER + "population,\"Zarzis, TN\",2017,,79000,INS,,good,public\n"
                + "population,\"Zarzis, TN\",2018,,79100,INS,,good,public\n"
                + "population,\"Zarzis, TN\",2019,,seventy,INS,,good,public\n";
        String location = mvc.perform(multipart("/data/import").file(new MockMultipartFile("file", "mixed.csv", "text/csv",
                        mixed.getBytes(StandardCharsets.UTF_8))).param("action", "check").param("storeValidRows", "true")
                        .with(user("admin")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        Document report = waitForBatch(location);

        assertThat(report.select("#batch-keep-valid").text())
                .contains("will store 2 rows", "the row with problems will be left out");
        assertThat(report.select("#commit-form")).isNotEmpty();
        Document french = Jsoup.parse(mvc.perform(get(location).param("lang", "fr").with(user("admin"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(french.select("#batch-keep-valid").text()).contains("enregistrera 2 lignes");
    }

    @Test
    void anImportInterruptedByARestartShowsAsFailedWithItsReasonInTheReadersLanguage() throws Exception {
        long id = jdbc.sql("""
                insert into data_import_batch (file_name, status, dry_run, store_valid, created_by)
                values ('interrupted.csv', 'running', false, false, 'admin') returning id""").query(Long.class).single();
        jobs.markInterrupted(); // what the platform does at start for batches a restart left running

        var english = mvc.perform(get("/data/imports/" + id).with(user("admin"))).andReturn().getResponse();
        assertThat(english.getStatus()).isEqualTo(200);
        assertThat(english.getHeader("Refresh")).isNull();
        Document page = Jsoup.parse(english.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#batch-status").text()).isEqualTo("Failed: nothing was stored");
        assertThat(page.select("#batch-failure").text()).contains("interrupted because the platform restarted");
        assertThat(page.select("#batch-counts, #commit-form")).isEmpty();

        Document french = Jsoup.parse(mvc.perform(get("/data/imports/" + id).param("lang", "fr").with(user("admin")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(french.select("#batch-failure").text()).contains("redémarrage de la plateforme");
    }

    @Test
    void theCatalogueIsPublicInEveryLanguageAndInJson() throws Exception {
        for (String lang : new String[] {"en", "fr", "ar", "es"}) {
            Document page = Jsoup.parse(mvc.perform(get("/data/indicators").param("lang", lang)).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
            assertThat(page.select("#indicator-foreign_born_share")).isNotEmpty();
        }
        JsonNode indicators = json.readTree(mvc.perform(get("/api/indicators")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(indicators.size()).isGreaterThanOrEqualTo(14);
        assertThat(mvc.perform(get("/data/import/template.csv")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .startsWith("\uFEFFindicator").doesNotContain("#indicator+code");
        assertThat(mvc.perform(get("/data/import")).andReturn().getResponse().getStatus()).isEqualTo(302);
    }
}
