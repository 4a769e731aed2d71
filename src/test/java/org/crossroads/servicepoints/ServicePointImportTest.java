package org.crossroads.servicepoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crossroads.IntegrationTest;
import org.crossroads.WebTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.directory.MembershipEditing;
import org.crossroads.directory.OrganisationEditing;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.shared.tabular.ImportContext;
import org.crossroads.shared.tabular.ImportOptions;
import org.crossroads.shared.tabular.ImportReport;
import org.crossroads.shared.tabular.ImportRunner;
import org.crossroads.shared.tabular.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

/** Importing service points from GeoJSON, CSV with HXL and XLSX: atomic, checked row by row, hostile files refused clearly. */
@IntegrationTest
class ServicePointImportTest extends WebTest {

    @Autowired ImportRunner runner;
    @Autowired ServicePoints points;
    @Autowired Accounts accounts;
    @Autowired Places places;
    @Autowired OrganisationEditing organisationEditing;
    @Autowired MembershipEditing membershipEditing;
    @Autowired JdbcClient jdbc;
    ServicePointFixtures fixtures;
    Place sfax;

    @BeforeEach
    void setUp() {
        fixtures = ServicePointFixtures.of(accounts, places, organisationEditing, membershipEditing);
        sfax = fixtures.sfax();
    }

    ImportReport run(String fileName, String content, ImportOptions options, String actor) {
        return runner.run("service-points", fileName, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                options, new ImportContext(actor, Locale.ENGLISH, false));
    }

    ImportReport geoJson(String content, ImportOptions options) {
        return run("points.geojson", content, options, fixtures.administrator().username());
    }

    long count(String externalIdPrefix) {
        return jdbc.sql("select count(*) from service_point where external_id like :p").param("p", externalIdPrefix + "%")
                .query(Long.class).single();
    }

    String pointNearSfax(double north) {
        return "{\"type\": \"Point\", \"coordinates\": [" + ServicePointFixtures.coordinate(sfax.longitude()) + ", "
                + ServicePointFixtures.coordinate(sfax.latitude() + north) + "]}";
    }

    @Test
    void aFeatureCollectionOfPointsImportsWithItsPropertiesAndReImportUpdates() {
        String file = ServicePointFixtures.collection(
                ServicePointFixtures.feature(pointNearSfax(0.01), ServicePointFixtures.properties("spi:geo:1", "Bureau d’accueil et d’orientation", "Accueil et orientation")
                        + ", \"languages\": [\"ar\", \"fr\"], \"opening_hours\": \"Lun-Ven 8:30-16:00\","
                        + " \"website\": \"https://sfax.example.org/accueil\", \"operator\": \"org:mc2cm\", \"marker-color\": \"#7e7e7e\""),
                ServicePointFixtures.feature(pointNearSfax(-0.02), ServicePointFixtures.properties("spi:geo:2", "Permanence juridique", "legal_aid")
                        + ", \"phone\": \"+216 74 111 222\""));
        ImportReport report = geoJson(file, ImportOptions.ALL_OR_NOTHING);

        assertThat(report.problems()).isEmpty();
        assertThat(report.countsFeatures()).isTrue();
        assertThat(report.created()).isEqualTo(2);
        ServicePoint first = points.findByExternalId("spi:geo:1").orElseThrow();
        assertThat(first.kind()).isEqualTo("reception_orientation");
        assertThat(first.placeId()).isEqualTo(sfax.id());
        assertThat(first.latitude()).isCloseTo(sfax.latitude() + 0.01, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(first.longitude()).isCloseTo(sfax.longitude(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(first.languages()).containsExactly("ar", "fr");
        assertThat(first.operatorId()).isNotNull();
        assertThat(first.isPublished()).isTrue();

        ImportReport again = geoJson(file.replace("Permanence juridique", "Permanence juridique gratuite"), ImportOptions.ALL_OR_NOTHING);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(2);
        assertThat(points.findByExternalId("spi:geo:2").orElseThrow().name()).isEqualTo("Permanence juridique gratuite");
    }

    @Test
    void badFeaturesAreListedByFeatureNumberAndPropertyAndNothingIsStored() {
        String file = ServicePointFixtures.collection(
                ServicePointFixtures.feature(pointNearSfax(0), ServicePointFixtures.properties("spi:bad:1", "A good one", "health")),
                ServicePointFixtures.feature("{\"type\": \"LineString\", \"coordinates\": [[10.7, 34.7], [10.8, 34.8]]}", ServicePointFixtures.properties("spi:bad:2", "A road", "other")),
                ServicePointFixtures.feature("{\"type\": \"Point\", \"coordinates\": [10.76, 134.74]}", ServicePointFixtures.properties("spi:bad:3", "Off the globe", "health")),
                ServicePointFixtures.feature("{\"type\": \"Point\", \"coordinates\": [" + sfax.latitude() + ", " + sfax.longitude() + "]}",
                        ServicePointFixtures.properties("spi:bad:4", "Swapped coordinates", "health")),
                ServicePointFixtures.feature(pointNearSfax(0), ServicePointFixtures.properties("spi:bad:5", "Unknown kind", "fortune_telling") + ", \"website\": \"www.example.org\""));
        ImportReport dryRun = geoJson(file, ImportOptions.CHECK_ONLY);

        assertThat(dryRun.rowsRead()).isEqualTo(5);
        assertThat(dryRun.rowsValid()).isEqualTo(1);
        List<String> byFeature = new ArrayList<>();
        dryRun.problems().forEach(p -> byFeature.add(dryRun.position(p) + " " + p.column() + " " + p.reason().key()));
        assertThat(byFeature).containsExactly(
                "2 geometry import.error.geojsonNotPoint",
                "3 geometry import.error.geojsonLatitude",
                "4 latitude servicepoints.error.farFromCity",
                "5 kind servicepoints.error.unknownKind",
                "5 website servicepoints.error.website");
        assertThat(dryRun.problems().get(2).text()).contains("km from Sfax");
        assertThat(count("spi:bad:")).isZero();

        assertThat(geoJson(file, ImportOptions.ALL_OR_NOTHING).created()).isZero();
        assertThat(count("spi:bad:")).isZero();
        ImportReport kept = geoJson(file, new ImportOptions(false, true));
        assertThat(kept.created()).isEqualTo(1);
        assertThat(count("spi:bad:")).isEqualTo(1);
    }

    @Test
    void hostileGeoJsonFilesAreRefusedWithAClearReasonAndChangeNothing() {
        long before = points.count();
        ImportReport malformed = geoJson("{\"type\": \"FeatureCollection\", \"features\": [\n  {\"type\": \"Feature\" \"geometry\": null}]}",
                ImportOptions.ALL_OR_NOTHING);
        assertThat(malformed.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason().key()).isEqualTo("import.file.geojsonMalformed");
            assertThat(p.text()).contains("line 2, column");
        });
        assertThat(geoJson(ServicePointFixtures.feature(pointNearSfax(0), ServicePointFixtures.properties("spi:host:1", "Lonely", "health")), ImportOptions.ALL_OR_NOTHING)
                .problems()).extracting(p -> p.reason().key()).containsExactly("import.file.geojsonNotCollection");

        String huge = "A".repeat(40_000);
        ImportReport tooLong = geoJson(ServicePointFixtures.collection(ServicePointFixtures.feature(pointNearSfax(0), ServicePointFixtures.properties("spi:host:2", huge, "health"))),
                ImportOptions.ALL_OR_NOTHING);
        assertThat(tooLong.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason().key()).isEqualTo("import.file.geojsonValueTooLong");
            assertThat(p.text()).contains("Feature 1", "name");
        });
        ImportReport longName = geoJson(ServicePointFixtures.collection(ServicePointFixtures.feature(pointNearSfax(0), ServicePointFixtures.properties("spi:host:3", "B".repeat(400), "health"))),
                ImportOptions.ALL_OR_NOTHING);
        assertThat(longName.problems()).extracting(Problem::column, p -> p.reason().key())
                .containsExactly(tuple("name", "servicepoints.error.tooLong"));
        ImportReport nested = geoJson(ServicePointFixtures.collection(ServicePointFixtures.feature(pointNearSfax(0), ServicePointFixtures.properties("spi:host:4", "Nested", "health")
                + ", \"description\": {\"en\": \"a\", \"fr\": {\"deeper\": [1, [2]]}}")), ImportOptions.ALL_OR_NOTHING);
        assertThat(nested.problems()).extracting(Problem::column, p -> p.reason().key())
                .containsExactly(tuple("description", "import.error.geojsonNestedValue"));
        ImportReport unknownProperty = geoJson(ServicePointFixtures.collection(ServicePointFixtures.feature(pointNearSfax(0), ServicePointFixtures.properties("spi:host:5", "Extra", "health")
                + ", \"secret_notes\": \"lost\"")), ImportOptions.ALL_OR_NOTHING);
        assertThat(unknownProperty.problems()).extracting(p -> p.reason().key()).containsExactly("import.error.unknownColumn");
        assertThat(points.count()).isEqualTo(before);
    }

    @Test
    void formulaTextIsStoredAsTypedAndExportedNeutralised() throws Exception {
        String formula = "=HYPERLINK(\\\"https://evil.example\\\",\\\"Click\\\")";
        ImportReport report = geoJson(ServicePointFixtures.collection(ServicePointFixtures.feature(pointNearSfax(0.005), ServicePointFixtures.properties("spi:formula", formula, "other")
                + ", \"description\": \"@SUM(1+1)\"")), ImportOptions.ALL_OR_NOTHING);
        assertThat(report.problems()).isEmpty();
        ServicePoint stored = points.findByExternalId("spi:formula").orElseThrow();
        assertThat(stored.name()).isEqualTo("=HYPERLINK(\"https://evil.example\",\"Click\")");
        assertThat(stored.description()).isEqualTo("@SUM(1+1)");

        String csv = mvc.perform(get("/cities/" + sfax.id() + "/service-points.csv")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("external_id,name,city,kind,").contains("\"#loc+id\",\"#loc+name\",\"#loc+city\",\"#service+type\"")
                .contains("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Click\"\")\"", "'@SUM(1+1)")
                .doesNotContain(",=HYPERLINK", ",@SUM");
        // the export re-imports unchanged: the apostrophe is taken off again
        ImportReport reImport = run("export.csv", csv, ImportOptions.CHECK_ONLY, fixtures.administrator().username());
        assertThat(reImport.problems()).isEmpty();
        assertThat(reImport.created()).isZero();
        Document page = Jsoup.parse(mvc.perform(get("/cities/" + sfax.id() + "/service-points")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#service-points h2").eachText()).anyMatch(t -> t.startsWith("=HYPERLINK("));
    }

    @Test
    void csvWithAnHxlRowAndHashtagOnlyFilesImportAndADryRunStoresNothing() {
        String lat = ServicePointFixtures.coordinate(sfax.latitude() + 0.003);
        String lon = ServicePointFixtures.coordinate(sfax.longitude() + 0.003);
        String csv = "external_id,name,city,kind,address,latitude,longitude,languages,opening_hours,website,source\n"
                + "#loc+id,#loc+name,#loc+city,#service+type,#loc+address,#geo+lat,#geo+lon,#meta+lang,#meta+hours,#contact+url,#meta+source\n"
                + "spi:csv:1,Guichet unique,\"Sfax, TN\",one_stop_shop,Avenue Hedi Chaker," + lat + "," + lon
                + ",ar; fr,8h-16h,https://example.org,City list\n";
        ImportReport dryRun = run("points.csv", csv, ImportOptions.CHECK_ONLY, fixtures.sfaxFocalPoint().username());
        assertThat(dryRun.problems()).isEmpty();
        assertThat(dryRun.created()).isEqualTo(1);
        assertThat(count("spi:csv:")).isZero();

        ImportReport stored = run("points.csv", csv, ImportOptions.ALL_OR_NOTHING, fixtures.sfaxFocalPoint().username());
        assertThat(stored.created()).isEqualTo(1);
        ServicePoint point = points.findByExternalId("spi:csv:1").orElseThrow();
        assertThat(point.kind()).isEqualTo("one_stop_shop");
        assertThat(point.createdBy()).isEqualTo(ServicePointFixtures.SFAX_FOCAL_POINT);
        assertThat(point.isPublished()).isTrue();

        String hashtagsOnly = "#loc+id;#loc+name;#loc+city;#service+type;#geo+lat;#geo+lon;#meta+source\n"
                + "spi:csv:2;Bureau d'aide juridique;Sfax, TN;Aide juridique;" + lat.replace('.', ',') + ";" + lon.replace('.', ',')
                + ";City list\n";
        ImportReport french = runner.run("service-points", "points.csv",
                new ByteArrayInputStream(hashtagsOnly.getBytes(StandardCharsets.UTF_8)), ImportOptions.ALL_OR_NOTHING,
                new ImportContext(fixtures.administrator().username(), Locale.FRENCH, false));
        assertThat(french.problems()).isEmpty();
        assertThat(points.findByExternalId("spi:csv:2").orElseThrow().kind()).isEqualTo("legal_aid");
    }

    @Test
    void eachRowIsCheckedAsThePersonImportingIt() {
        String lat = ServicePointFixtures.coordinate(sfax.latitude());
        String lon = ServicePointFixtures.coordinate(sfax.longitude());
        String csv = "external_id,name,city,kind,latitude,longitude,source\n"
                + "spi:who:1,Not my city,\"Sfax, TN\",health," + lat + "," + lon + ",test\n";
        ImportReport refused = run("points.csv", csv, ImportOptions.ALL_OR_NOTHING, fixtures.tunisFocalPoint().username());
        assertThat(refused.problems()).extracting(Problem::row, Problem::column, p -> p.reason().key())
                .containsExactly(tuple(2, "city", "servicepoints.error.notYourCity"));
        assertThat(count("spi:who:")).isZero();

        assertThat(run("points.csv", csv, ImportOptions.ALL_OR_NOTHING, fixtures.contributor().username()).created()).isEqualTo(1);
        assertThat(points.findByExternalId("spi:who:1").orElseThrow().publication()).isEqualTo("proposed");
        // once published, the contributor can no longer overwrite it by importing again
        points.findByExternalId("spi:who:1").ifPresent(p -> jdbc.sql("update service_point set publication = 'published' where id = :id")
                .param("id", p.id()).update());
        assertThat(run("points.csv", csv.replace("Not my city", "Renamed"), ImportOptions.ALL_OR_NOTHING,
                fixtures.contributor().username()).problems()).extracting(Problem::column, p -> p.reason().key())
                .containsExactly(tuple("external_id", "servicepoints.error.mayNotChange"));
        // a coordinator imports the points of its network's cities only: not Sfax's for a network of Tunis
        assertThat(run("points.csv", csv.replace("Not my city", "Network desk"), ImportOptions.ALL_OR_NOTHING,
                fixtures.tunisCoordinator().username()).problems()).extracting(Problem::column, p -> p.reason().key())
                .containsExactly(tuple("external_id", "servicepoints.error.mayNotChange"));
        String other = csv.replace("spi:who:1", "spi:who:2");
        assertThat(run("points.csv", other, ImportOptions.ALL_OR_NOTHING, fixtures.tunisCoordinator().username()).problems())
                .extracting(Problem::column, p -> p.reason().key()).containsExactly(tuple("city", "servicepoints.error.notYourCity"));
        assertThat(run("points.csv", other, ImportOptions.ALL_OR_NOTHING, fixtures.coordinator().username()).created())
                .isEqualTo(1);
        assertThat(points.findByExternalId("spi:who:2").orElseThrow().isPublished()).isTrue();
    }

    @Test
    void theImportPageTakesGeoJsonAndReportsByFeature() throws Exception {
        fixtures.sfaxFocalPoint();
        String page = mvc.perform(get("/import").with(user(ServicePointFixtures.SFAX_FOCAL_POINT)).param("lang", "fr"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document form = Jsoup.parse(page);
        assertThat(form.select("#kind option[value=service-points]").text()).isEqualTo("Points de service dans les villes");
        assertThat(form.select("#file").attr("accept")).contains(".geojson");

        String file = ServicePointFixtures.collection(ServicePointFixtures.feature(pointNearSfax(0), ServicePointFixtures.properties("spi:page:1", "Fine", "health")),
                ServicePointFixtures.feature("{\"type\": \"Polygon\", \"coordinates\": [[[10, 34], [11, 34], [11, 35], [10, 34]]]}",
                        ServicePointFixtures.properties("spi:page:2", "A district", "other")));
        String html = mvc.perform(multipart("/import").file(new MockMultipartFile("file", "points.geojson", "application/geo+json",
                        file.getBytes(StandardCharsets.UTF_8))).param("kind", "service-points").param("action", "check")
                        .param("lang", "en").with(user(ServicePointFixtures.SFAX_FOCAL_POINT)).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document report = Jsoup.parse(html);
        assertThat(report.select("#import-problems th").first().text()).isEqualTo("Feature");
        assertThat(report.select("#import-problems tbody td").eachText()).startsWith("2", "geometry");
        assertThat(report.select("#import-problems tbody").text()).contains("Polygon");
        assertThat(count("spi:page:")).isZero();
    }
}
