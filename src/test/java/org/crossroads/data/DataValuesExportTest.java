package org.crossroads.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.directory.Places;
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
 * Stored values through the API, the values page and its CSV, XLSX and JSON files: the public never sees
 * a small count (nor the value that would give it away) nor a confidential value; the city's own editor
 * sees every value exactly, and their export re-imports unchanged.
 */
@IntegrationTest
class DataValuesExportTest extends WebTest {

    static final String INDICATOR = AnalyticsFixtures.INDICATOR;
    static final String THIES = "Thiès, SN";

    @Autowired DataImport dataImport;
    @Autowired Places places;
    @Autowired JsonMapper json;

    @BeforeEach
    void setUp() {
        AnalyticsFixtures.load(context);
    }

    /** The API's items of Thiès in 2023 by combination: the number, or what stands for it. */
    Map<String, String> apiValues(MockHttpServletRequestBuilder request) throws Exception {
        JsonNode page = json.readTree(okBody(request));
        Map<String, String> seen = new HashMap<>();
        page.get("items").valueStream().forEach(item -> {
            JsonNode suppressed = item.get("suppressed");
            boolean hidden = suppressed != null && !suppressed.isNull();
            if (hidden) {
                assertThat(item.get("value").isNull()).as("a suppressed value has no number").isTrue();
            }
            seen.put(item.get("combination").asString(), hidden ? suppressed.asString() : item.get("value").asString());
        });
        return seen;
    }

    MockHttpServletRequestBuilder thies2023(String path) {
        return get(path).param("indicator", INDICATOR).param("place", THIES).param("period", "2023");
    }

    @Test
    void thePublicApiShowsASmallCountAsLessThanFiveWithAComplementaryValueAndTheCitysEditorSeesNumbers() throws Exception {
        Map<String, String> anonymous = apiValues(thies2023("/api/data-values"));
        assertThat(anonymous).containsEntry("", "120").containsEntry("sex=female", "<5").containsEntry("sex=male", "x")
                .containsEntry("age_group=15_24", "20").containsEntry("age_group=25_64", "100");
        String raw = okBody(thies2023("/api/data-values"));
        assertThat(raw).doesNotContain("\"value\":3,").doesNotContain("\"value\":117").contains("\"suppressedBelow\":5");

        Map<String, String> editor = apiValues(thies2023("/api/data-values").with(user(AnalyticsFixtures.THIES_FOCAL_POINT)));
        assertThat(editor).containsEntry("sex=female", "3").containsEntry("sex=male", "117");
        // an editor of another city is the public for Thiès's small counts
        assertThat(apiValues(thies2023("/api/data-values").with(user(AnalyticsFixtures.KAOLACK_FOCAL_POINT))))
                .containsEntry("sex=female", "<5");
    }

    @Test
    void confidentialValuesNeverReachAnonymousReadersAndTheValueBesideOneIsHidden() throws Exception {
        MockHttpServletRequestBuilder kaolack = get("/api/data-values").param("indicator", INDICATOR)
                .param("place", "Kaolack, SN").param("place", "Saint-Louis, SN").param("place", "Tambacounda, SN");
        Map<String, String> seen = apiValues(kaolack);
        assertThat(seen).containsOnlyKeys("", "sex=female").containsEntry("sex=female", "x");
        String raw = okBody(kaolack);
        assertThat(raw).doesNotContain("Saint-Louis").doesNotContain("Tambacounda").doesNotContain("\"confidential\"");
        String csv = okBody(get("/data/values.csv").param("indicator", INDICATOR));
        assertThat(csv).doesNotContain("Saint-Louis").doesNotContain("Tambacounda").doesNotContain("sex=male,30");
        assertThat(csv.lines().filter(line -> line.endsWith(",confidential") || line.endsWith(",restricted"))).isEmpty();
        assertThat(okBody(get("/data/values.json").param("indicator", INDICATOR))).doesNotContain("Saint-Louis")
                .doesNotContain("\"confidential\"");
        assertThat(apiValues(kaolack.with(user(AnalyticsFixtures.KAOLACK_FOCAL_POINT))))
                .containsEntry("sex=male", "30").containsEntry("sex=female", "50");
    }

    @Test
    void theCsvHasAnHxlRowAndShowsSmallCountsAsLessThanFive() throws Exception {
        MockHttpServletResponse response = response(thies2023("/data/values.csv"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("X-Crossroads-Truncated")).isNull();
        List<String> lines = response.getContentAsString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("indicator,place,period,categories,value,source,method_note,quality,confidentiality");
        assertThat(lines.get(1).replace("\"", "")).isEqualTo("#indicator+code,#loc+name,#date+period,#meta+categories,"
                + "#indicator+value+num,#meta+source,#meta+method,#meta+quality,#meta+confidentiality");
        assertThat(lines.subList(2, lines.size())).containsExactly(
                INDICATOR + ",\"Thiès, SN\",2023,,120,,,unknown,public",
                INDICATOR + ",\"Thiès, SN\",2023,age_group=15_24,20,,,unknown,public",
                INDICATOR + ",\"Thiès, SN\",2023,age_group=25_64,100,,,unknown,public",
                INDICATOR + ",\"Thiès, SN\",2023,sex=female,<5,,,unknown,public",
                INDICATOR + ",\"Thiès, SN\",2023,sex=male,x,,,unknown,public");
        assertThat(okBody(thies2023("/data/values.csv").with(user(AnalyticsFixtures.THIES_FOCAL_POINT))))
                .contains("sex=female,3,").contains("sex=male,117,");

        JsonNode file = json.readTree(okBody(thies2023("/data/values.json")));
        assertThat(file.get("truncated").asBoolean()).isFalse();
        assertThat(file.get("maxRows").asInt()).isEqualTo(ValueSelection.MAX_ROWS);
        assertThat(file.get("values").valueStream().map(v -> v.get("suppressed").asString("")).toList()).contains("<5", "x");
    }

    @Test
    void theXlsxOpensWithNumbersAsNumbersAndHiddenOnesAsText() throws Exception {
        MockHttpServletResponse response = response(thies2023("/data/values.xlsx"));
        assertThat(response.getStatus()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("confidentiality");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("#indicator+value+num");
            assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(120.0);
            assertThat(sheet.getRow(5).getCell(3).getStringCellValue()).isEqualTo("sex=female");
            assertThat(sheet.getRow(5).getCell(4).getStringCellValue()).isEqualTo("<5");
            assertThat(sheet.getRow(6).getCell(4).getStringCellValue()).isEqualTo("x");
        }
    }

    @Test
    void anEditorsExportReimportsWithEveryRowUnchanged() throws Exception {
        byte[] csv = response(get("/data/values.csv").param("indicator", INDICATOR).param("place", THIES)
                .with(user(AnalyticsFixtures.THIES_FOCAL_POINT))).getContentAsByteArray();
        long rows = new String(csv, StandardCharsets.UTF_8).lines().count() - 2;
        assertThat(rows).isEqualTo(8);
        long thies = places.resolve(THIES).orElseThrow().id();
        DataImportReport report = dataImport.run("export.csv", new ByteArrayInputStream(csv),
                new DataImport.Options(false, false, AnalyticsFixtures.THIES_FOCAL_POINT, Locale.FRENCH, EditablePlaces.only(thies)),
                DataImport.Progress.NONE, null);
        assertThat(report.problems()).isEmpty();
        assertThat(report.rows()).isEqualTo(rows);
        assertThat(report.unchanged()).isEqualTo(rows);
        assertThat(report.created() + report.updated()).isZero();
    }

    @Test
    void anUnknownPlaceOrIndicatorIsRefusedWithTheReason() throws Exception {
        for (String path : List.of("/api/data-values", "/data/values.csv", "/data/values.xlsx", "/data/values.json")) {
            MockHttpServletResponse response = response(get(path).param("indicator", INDICATOR).param("place", "Atlantis, ZZ"));
            assertThat(response.getStatus()).as(path).isEqualTo(400);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(path).contains("Atlantis, ZZ");
        }
        MockHttpServletResponse unknown = response(get("/data/values.csv").param("indicator", "no_such_indicator"));
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(unknown.getContentAsString(StandardCharsets.UTF_8)).contains("no_such_indicator");
        MockHttpServletResponse page = response(get("/data/values").param("place", "Atlantis, ZZ").param("lang", "fr"));
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(page.getContentAsString(StandardCharsets.UTF_8)).select("p.error").text()).contains("Atlantis, ZZ");
    }

    @Test
    void theValuesPageShowsTheSelectionInEveryLanguageWithoutScriptAndLinksItsFiles() throws Exception {
        for (String lang : List.of("en", "fr", "ar", "es")) {
            Document page = Jsoup.parse(okBody(thies2023("/data/values").param("lang", lang)));
            assertThat(page.select("[style]")).as("no inline style (CSP)").isEmpty();
            assertThat(page.select("script:not([src])")).as("no inline script (CSP)").isEmpty();
            assertThat(page.select("#values-form #indicator input[checked]").eachAttr("value")).containsExactly(INDICATOR);
            assertThat(page.select("#values-form input[name=place]").eachAttr("value")).contains(THIES);
            assertThat(page.select("#values-table tbody td.num").eachText()).containsExactly("120", "20", "100", "<5", "x");
            assertThat(page.select("ul.legend li")).hasSize(2);
            for (String format : List.of("csv", "xlsx", "json")) {
                assertThat(page.select("#export-" + format).attr("href")).startsWith("/data/values." + format + "?")
                        .contains("indicator=" + INDICATOR).contains("period=2023").contains("place=Thi");
            }
        }
        Document exact = Jsoup.parse(okBody(thies2023("/data/values").with(user(AnalyticsFixtures.THIES_FOCAL_POINT))));
        assertThat(exact.select("#values-table tbody td.num").eachText()).contains("3", "117").doesNotContain("<5");
        assertThat(Jsoup.parse(okBody(get("/data/values"))).select("#values-table")).isEmpty();
        Document pivot = Jsoup.parse(okBody(get(DataAnalyticsPagesTest.PIVOT).param("place", THIES)));
        assertThat(pivot.select("#export-values").attr("href")).startsWith("/data/values?");
    }

    @Test
    void theApiDocumentationListsTheCatalogueTheValuesAndTheirParameters() throws Exception {
        JsonNode docs = json.readTree(okBody(get("/api-docs")));
        JsonNode paths = docs.get("paths");
        assertThat(paths.has("/api/indicators")).isTrue();
        assertThat(paths.has("/api/data-values")).isTrue();
        assertThat(paths.has("/data/values.json")).isTrue();
        List<String> parameters = paths.get("/api/data-values").get("get").get("parameters").valueStream()
                .map(p -> p.get("name").asString()).toList();
        assertThat(parameters).contains("indicator", "place", "period");
        List<String> fileParameters = paths.get("/data/values.json").get("get").get("parameters").valueStream()
                .map(p -> p.get("name").asString()).toList();
        assertThat(fileParameters).contains("indicator", "place", "period");
        assertThat(docs.get("components").get("schemas").get("ProtectedValue").get("properties").has("suppressed")).isTrue();
    }
}
