package org.crossroads.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.directory.Organisations;
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
 * The analytics pages, exports and API as a browser or a script sees them: in every language, readable
 * without a script, with small counts shown as "&lt;5" to the public and confidential figures nowhere
 * but in the city's own signed-in views.
 */
@IntegrationTest
class DataAnalyticsPagesTest extends WebTest {

    static final String PIVOT = "/data/pivot?indicator=" + AnalyticsFixtures.INDICATOR + "&period=2023&dimension=sex";

    @Autowired Organisations organisations;
    @Autowired JsonMapper json;

    @BeforeEach
    void setUp() {
        AnalyticsFixtures.load(context);
    }

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = response(request);
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("[style]")).as("no inline style (CSP)").isEmpty();
        assertThat(page.select("script:not([src])")).as("no inline script (CSP)").isEmpty();
        return page;
    }

    List<String> cells(Document page, String city) {
        return page.select("#pivot-table tbody tr").stream().filter(tr -> tr.selectFirst("th").text().equals(city))
                .findFirst().map(tr -> tr.select("td").eachText()).orElse(List.of());
    }

    @Test
    void thePublicSeesASmallCountAsLessThanFiveInEveryLanguageAndTheFocalPointSeesTheNumber() throws Exception {
        for (String lang : List.of("en", "fr", "ar", "es")) {
            Document page = page(get(PIVOT).param("place", "Thiès, SN").param("lang", lang));
            assertThat(cells(page, "Thiès, SN")).as(lang).containsExactly("120", "<5", "x");
            assertThat(page.select("ul.legend li").text()).contains("<5");
            assertThat(page.select("#export-csv").attr("href")).startsWith("/data/pivot.csv?").contains("dimension=sex");
            if (lang.equals("ar")) {
                assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
            }
        }
        Document exact = page(get(PIVOT).param("place", "Thiès, SN").with(user(AnalyticsFixtures.THIES_FOCAL_POINT)));
        assertThat(cells(exact, "Thiès, SN")).containsExactly("120", "3", "117");
        assertThat(exact.text()).doesNotContain("<5");
    }

    @Test
    void aFormWithoutPlacesListsEveryCityWithFiguresAndADimensionChoiceWithoutScript() throws Exception {
        Document page = page(get("/data/pivot").param("indicator", AnalyticsFixtures.INDICATOR).param("period", "2023"));
        // several cities, periods and indicators are check boxes: no Ctrl key needed
        assertThat(page.select("#pivot-form fieldset#place label").eachText()).contains("Thiès, SN", "Kaolack, SN")
                .doesNotContain("Saint-Louis, SN", "Tambacounda, SN");
        assertThat(page.select("#pivot-form select[multiple]")).isEmpty();
        assertThat(page.select("#pivot-form fieldset#indicator input[type=checkbox][checked]").eachAttr("value"))
                .containsExactly(AnalyticsFixtures.INDICATOR);
        assertThat(page.select("#pivot-form fieldset#period input[type=checkbox][checked]").eachAttr("value"))
                .containsExactly("2023");
        assertThat(page.select("#pivot-form select#dimension option").eachAttr("value")).contains("", "sex", "age_group");
        assertThat(page.select("#pivot-table tbody th").eachText()).contains("Ziguinchor, SN").doesNotContain("Saint-Louis, SN");
        assertThat(page.select(".chart meter")).as("one period: a bar per row").isNotEmpty();
        assertThat(page(get("/data/pivot")).select("#pivot-table")).isEmpty();
        MockHttpServletResponse unknown = response(get("/data/pivot").param("indicator", AnalyticsFixtures.INDICATOR)
                .param("place", "Atlantis, ZZ").param("lang", "fr"));
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(unknown.getContentAsString(StandardCharsets.UTF_8)).select("p.error").text()).contains("Atlantis, ZZ");
    }

    @Test
    void confidentialFiguresAppearOnlyInTheCitysOwnSignedInViews() throws Exception {
        Document outsider = page(get(PIVOT).param("place", "Kaolack, SN").with(user(AnalyticsFixtures.THIES_FOCAL_POINT)));
        assertThat(cells(outsider, "Kaolack, SN")).as("no male column: no figure to show").containsExactly("80", "x");
        Document own = page(get(PIVOT).param("place", "Kaolack, SN").with(user(AnalyticsFixtures.KAOLACK_FOCAL_POINT)));
        assertThat(cells(own, "Kaolack, SN")).containsExactly("80", "50", "30");
        assertThat(own.select("td.confidential")).hasSize(1);

        String csv = response(get("/data/pivot.csv").param("indicator", AnalyticsFixtures.INDICATOR).param("period", "2023")
                .param("dimension", "sex")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain("Saint-Louis").doesNotContain("Tambacounda").doesNotContain("sex=male,30");
        String api = response(get("/api/data/pivot").param("indicator", AnalyticsFixtures.INDICATOR).param("place", "Saint-Louis, SN")
                .param("place", "Kaolack, SN").param("dimension", "sex")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).doesNotContain("Saint-Louis").doesNotContain("\"confidential\"");
        String geojson = response(get("/data/map.geojson").param("indicator", AnalyticsFixtures.INDICATOR).param("period", "2023"))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(geojson).contains("Ziguinchor").doesNotContain("Saint-Louis").doesNotContain("Tambacounda");
    }

    @Test
    void anySelectionExportsAsCsvWithAnHxlRowAndAsXlsx() throws Exception {
        MockHttpServletResponse response = response(get("/data/pivot.csv").param("indicator", AnalyticsFixtures.INDICATOR)
                .param("place", "Thiès, SN").param("period", "2023").param("dimension", "sex"));
        assertThat(response.getContentType()).startsWith("text/csv");
        List<String> lines = response.getContentAsString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("indicator,place,period,categories,value");
        // the shared CSV writer quotes cells that start with "#" (a comment sign in some CSV readers)
        assertThat(lines.get(1).replace("\"", "")).isEqualTo("#indicator+code,#loc+name,#date+period,#meta+categories,#indicator+value+num");
        assertThat(lines.subList(2, lines.size())).containsExactly(
                AnalyticsFixtures.INDICATOR + ",\"Thiès, SN\",2023,,120",
                AnalyticsFixtures.INDICATOR + ",\"Thiès, SN\",2023,sex=female,<5",
                AnalyticsFixtures.INDICATOR + ",\"Thiès, SN\",2023,sex=male,x");
        String exact = response(get("/data/pivot.csv").param("indicator", AnalyticsFixtures.INDICATOR).param("place", "Thiès, SN")
                .param("period", "2023").param("dimension", "sex").with(user(AnalyticsFixtures.THIES_FOCAL_POINT)))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(exact).contains("sex=female,3").contains("sex=male,117");

        byte[] xlsx = response(get("/data/pivot.xlsx").param("indicator", AnalyticsFixtures.INDICATOR).param("place", "Thiès, SN")
                .param("period", "2023").param("dimension", "sex")).getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("#indicator+value+num");
            assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(120.0);
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("<5");
        }
    }

    @Test
    void theApiGivesThePivotSeriesComparisonAndMapWithNullsForSuppressedCounts() throws Exception {
        JsonNode pivot = json.readTree(response(get("/api/data/pivot").param("indicator", AnalyticsFixtures.INDICATOR)
                .param("place", "Thiès, SN").param("period", "2023").param("dimension", "sex")).getContentAsString(StandardCharsets.UTF_8));
        assertThat(pivot.get("suppressedBelow").asInt()).isEqualTo(5);
        JsonNode cells = pivot.get("rows").get(0).get("cells");
        assertThat(cells.get(0).get("value").asInt()).isEqualTo(120);
        assertThat(cells.get(1).get("category").asString()).isEqualTo("female");
        assertThat(cells.get(1).get("value").isNull()).isTrue();
        assertThat(cells.get(1).get("suppressed").asBoolean()).isTrue();
        assertThat(cells.get(1).get("reason").asString()).isEqualTo("small");
        assertThat(cells.get(2).get("reason").asString()).isEqualTo("complementary");

        JsonNode series = json.readTree(response(get("/api/data/series").param("indicator", AnalyticsFixtures.INDICATOR)
                .param("place", "Thiès, SN")).getContentAsString(StandardCharsets.UTF_8));
        assertThat(series.get("points").valueStream().map(p -> p.get("period").asString()).toList())
                .containsExactly("2022", "2023", "2023-Q3", "2024");

        long network = organisations.resolve(AnalyticsFixtures.NETWORK).orElseThrow().id();
        JsonNode compare = json.readTree(response(get("/api/data/compare").param("indicator", AnalyticsFixtures.INDICATOR)
                .param("place", "Thiès, SN").param("period", "2023").param("network", String.valueOf(network)))
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(compare.get("median").asInt()).isEqualTo(100);
        assertThat(compare.get("leftOut").asInt()).isEqualTo(1);

        MockHttpServletResponse map = response(get("/api/data/map").param("indicator", AnalyticsFixtures.INDICATOR).param("period", "2023"));
        assertThat(map.getContentType()).startsWith("application/geo+json");
        JsonNode geojson = json.readTree(map.getContentAsString(StandardCharsets.UTF_8));
        assertThat(geojson.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(geojson.get("features").size()).isEqualTo(5);
        assertThat(geojson.get("countries").valueStream().filter(c -> c.get("code").asString().equals("ML")).findFirst()
                .orElseThrow().get("text").asString()).as("a sum over hidden cities is hidden").isEqualTo("x");

        assertThat(response(get("/api/data/pivot").param("indicator", AnalyticsFixtures.INDICATOR).param("place", "Atlantis, ZZ"))
                .getStatus()).isEqualTo(400);
    }

    @Test
    void theOverviewSeriesComparisonAndMapPagesRenderInEnglishFrenchAndArabic() throws Exception {
        long network = organisations.resolve(AnalyticsFixtures.NETWORK).orElseThrow().id();
        for (String lang : List.of("en", "fr", "ar")) {
            Document overview = page(get("/data").param("lang", lang));
            assertThat(overview.select("#overview-" + AnalyticsFixtures.INDICATOR)).isNotEmpty();
            assertThat(overview.select("header nav a[href=/data]")).isNotEmpty();

            Document series = page(get("/data/series").param("indicator", AnalyticsFixtures.INDICATOR).param("place", "Thiès, SN")
                    .param("dimension", "sex").param("lang", lang));
            assertThat(series.select("figure svg polyline")).isNotEmpty();
            assertThat(series.select("#series-table tbody th").eachText()).containsExactly("2022", "2023", "2023-Q3", "2024");

            Document compare = page(get("/data/compare").param("indicator", AnalyticsFixtures.INDICATOR).param("place", "Thiès, SN")
                    .param("period", "2023").param("network", String.valueOf(network)).param("lang", lang));
            assertThat(compare.select("#compare-median").text()).isEqualTo("100");
            assertThat(compare.select("#compare-chart svg circle")).isNotEmpty();
            assertThat(compare.select("#members-table tbody td").eachText()).contains("120", "80", "<5");

            Document map = page(get("/data/map").param("indicator", AnalyticsFixtures.INDICATOR).param("period", "2023")
                    .param("lang", lang));
            assertThat(map.select("#data-map").attr("data-source")).startsWith("/data/map.geojson?indicator=" + AnalyticsFixtures.INDICATOR);
            assertThat(map.select("script[src]").eachAttr("src")).contains("/js/data-map.js");
            assertThat(map.select("#countries-table tbody td").eachText()).contains("x").doesNotContain("<5");
            assertThat(map.select("#cities-table tbody th").eachText()).contains("Thiès, SN");
        }
    }
}
