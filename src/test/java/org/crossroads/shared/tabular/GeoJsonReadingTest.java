package org.crossroads.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GeoJSON FeatureCollections read as rows: every feature a row, a Point its latitude and longitude. */
class GeoJsonReadingTest {

    static String collection(String... features) {
        return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}";
    }

    static String point(double longitude, double latitude, String properties) {
        return "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [" + longitude + ", " + latitude
                + "]}, \"properties\": " + properties + "}";
    }

    static TabularFile read(String name, String text) {
        return read(new TabularReader(), name, text);
    }

    static TabularFile read(TabularReader reader, String name, String text) {
        return reader.read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                Map.of("#loc+name", "name", "#service+type", "kind"));
    }

    static Message refusal(String name, String text) {
        try {
            read(name, text);
        } catch (TabularFormatException e) {
            return e.reason();
        }
        throw new AssertionError("The file was accepted");
    }

    @Test
    void eachPointFeatureIsARowWithItsPropertiesAndCoordinates() {
        TabularFile file = read("points.geojson", collection(
                point(10.7600, 34.74, "{\"Name\": \" Bureau d’accueil \", \"#service +type\": \"legal_aid\", \"languages\": [\"ar\", \"fr\"],"
                        + " \"capacity\": 12, \"open\": true, \"marker-color\": \"#ff0000\"}"),
                "{\"type\": \"Feature\", \"geometry\": null, \"properties\": {\"name\": \"No geometry\", \"Opening Hours\": \"9-17\"}}"));

        assertThat(file.format()).isEqualTo(TabularFile.Format.GEOJSON);
        assertThat(file.columns()).containsExactly("name", "kind", "languages", "capacity", "open", "latitude", "longitude",
                "opening_hours");
        assertThat(file.hashtags()).containsEntry("kind", "#service +type");
        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).hasSize(2);
        SourceRow first = file.rows().get(0);
        assertThat(first.rowNumber()).isEqualTo(2);
        assertThat(first.values()).containsEntry("name", "Bureau d’accueil").containsEntry("kind", "legal_aid")
                .containsEntry("languages", "ar; fr").containsEntry("capacity", "12").containsEntry("open", "true")
                .containsEntry("latitude", "34.74").containsEntry("longitude", "10.76").containsEntry("opening_hours", "");
        SourceRow second = file.rows().get(1);
        assertThat(second.rowNumber()).isEqualTo(3);
        assertThat(second.value("latitude")).isEmpty();
        assertThat(second.value("opening_hours")).isEqualTo("9-17");
    }

    @Test
    void theContentDecidesNotTheName() {
        assertThat(read("export.txt", "\uFEFF  " + collection(point(1, 2, "{}"))).format()).isEqualTo(TabularFile.Format.GEOJSON);
        assertThat(read("list.csv", "name,kind\nA,legal_aid\n").format()).isEqualTo(TabularFile.Format.CSV);
        // a .geojson file that holds something else is malformed JSON, not a strange table
        assertThat(refusal("points.geojson", "name,kind\nA,legal_aid\n").key()).isEqualTo("import.file.geojsonMalformed");
    }

    @Test
    void malformedJsonIsRefusedWithItsLineAndColumn() {
        Message reason = refusal("points.geojson", "{\"type\": \"FeatureCollection\",\n \"features\": [\n {\"type\": \"Feature\",, }]}");
        assertThat(reason.key()).isEqualTo("import.file.geojsonMalformed");
        assertThat(reason.arguments().get(0)).isEqualTo("3");
        assertThat(reason.text()).contains("line 3, column");

        assertThat(refusal("cut.geojson", collection(point(1, 2, "{}")).substring(0, 40)).key())
                .isEqualTo("import.file.geojsonMalformed");
        assertThat(refusal("dup.geojson", "{\"type\": \"FeatureCollection\", \"type\": \"x\", \"features\": []}").key())
                .isEqualTo("import.file.geojsonMalformed");
        assertThat(refusal("deep.geojson", "{\"type\": \"FeatureCollection\", \"features\": [" + "[".repeat(5000)).key())
                .isEqualTo("import.file.geojsonMalformed");
    }

    @Test
    void onlyAFeatureCollectionIsAccepted() {
        Message feature = refusal("one.geojson", point(1, 2, "{}"));
        assertThat(feature.key()).isEqualTo("import.file.geojsonNotCollection");
        assertThat(feature.text()).contains("Feature");
        assertThat(refusal("list.json", "[1, 2]").key()).isEqualTo("import.file.geojsonNotCollection");
        assertThat(refusal("nothing.geojson", "{\"type\": \"FeatureCollection\"}").key()).isEqualTo("import.file.geojsonNoFeatures");
        assertThat(refusal("notype.geojson", "{\"features\": []}").key()).isEqualTo("import.file.geojsonNotCollection");
    }

    @Test
    void aWrongFeatureIsAProblemOfItsRowAndTheOthersAreStillRead() {
        TabularFile file = read("mixed.geojson", collection(
                "{\"type\": \"Feature\", \"geometry\": {\"type\": \"LineString\", \"coordinates\": [[10, 34], [11, 35]]},"
                        + " \"properties\": {\"name\": \"A road\"}}",
                point(10.76, 95.5, "{\"name\": \"Off the globe\"}"),
                point(10.76, 34.74, "{\"name\": \"Nested\", \"kind\": {\"code\": \"legal_aid\"}}"),
                "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [\"10\", \"34\"]}, \"properties\": {}}",
                "\"just text\"",
                point(10.76, 34.74, "{\"name\": \"Fine\", \"latitude\": 12}")));

        assertThat(file.rows()).hasSize(6);
        assertThat(file.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.reason().key()).containsExactly(
                "2 geometry import.error.geojsonNotPoint",
                "3 geometry import.error.geojsonLatitude",
                "4 kind import.error.geojsonNestedValue",
                "5 geometry import.error.geojsonCoordinates",
                "6  import.error.geojsonNotFeature",
                "7 latitude import.error.geojsonCoordinateConflict");
        assertThat(file.problems().get(0).text()).contains("LineString");
        assertThat(file.problems().get(1).text()).contains("95.5", "[longitude, latitude]");
        assertThat(file.rows().get(1).value("latitude")).isEmpty();
    }

    @Test
    void limitsRefuseTheFileAndNameTheFeature() {
        String huge = "x".repeat(TabularLimits.defaults().maxCellChars() + 1);
        Message tooLong = refusal("huge.geojson", collection(point(1, 2, "{\"name\": \"ok\"}"),
                point(1, 2, "{\"description\": \"" + huge + "\"}")));
        assertThat(tooLong.key()).isEqualTo("import.file.geojsonValueTooLong");
        assertThat(tooLong.arguments()).startsWith("2", "description");

        TabularReader small = new TabularReader(TabularLimits.defaults().withMaxRows(2).withMaxColumns(3));
        assertThatThrownBy(() -> read(small, "many.geojson", collection(point(1, 2, "{}"), point(1, 2, "{}"), point(1, 2, "{}"))))
                .isInstanceOfSatisfying(TabularFormatException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("import.file.geojsonTooManyFeatures"));
        assertThatThrownBy(() -> read(small, "wide.geojson", collection(point(1, 2, "{\"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4}"))))
                .isInstanceOfSatisfying(TabularFormatException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("import.file.geojsonTooManyProperties"));
        TabularReader tiny = new TabularReader(TabularLimits.defaults().withMaxBytes(100));
        assertThatThrownBy(() -> read(tiny, "big.geojson", collection(point(1, 2, "{\"name\": \"" + "y".repeat(200) + "\"}"))))
                .isInstanceOfSatisfying(TabularFormatException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("import.file.tooLarge"));
    }

    @Test
    void mutatedGeoJsonNeverCrashesTheReader() {
        byte[] valid = collection(point(10.76, 34.74, "{\"name\": \"A\", \"languages\": [\"ar\", \"fr\"], \"n\": 1.5e2}"),
                "{\"type\": \"Feature\", \"geometry\": {\"type\": \"LineString\", \"coordinates\": [[1, 2], [3, 4]]}, \"properties\": null}")
                .getBytes(StandardCharsets.UTF_8);
        java.util.Random random = new java.util.Random(20261129L);
        String alphabet = "{}[]\":,0123456789.-eE \\nulltruefalseFeaturePoint";
        int read = 0;
        for (int i = 0; i < 3_000; i++) {
            byte[] bytes = java.util.Arrays.copyOf(valid, i % 4 == 0 ? random.nextInt(valid.length) + 1 : valid.length);
            for (int m = 0; m < 1 + random.nextInt(3); m++) {
                int at = random.nextInt(bytes.length);
                bytes[at] = i % 5 == 0 ? (byte) random.nextInt(256) : (byte) alphabet.charAt(random.nextInt(alphabet.length()));
            }
            try {
                TabularFile file = new TabularReader().read("f.geojson", new ByteArrayInputStream(bytes), Map.of());
                assertThat(file.rows().size()).isLessThanOrEqualTo(2);
                read++;
            } catch (TabularFormatException e) {
                assertThat(e.reason().text()).isNotBlank();
            } catch (RuntimeException e) {
                throw new AssertionError("Mutation " + i + " crashed the reader: " + new String(bytes, StandardCharsets.UTF_8), e);
            }
        }
        assertThat(read).isPositive();
    }

    @Test
    void aReportOfAGeoJsonFileCountsFeatures() {
        Problem onFeature = new Problem(4, "geometry", Reason.GEOJSON_NOT_POINT.with("Polygon"));
        ImportReport report = new ImportReport(true, 3, 2, 0, 0, java.util.List.of(onFeature), 1, TabularFile.Format.GEOJSON);
        assertThat(report.countsFeatures()).isTrue();
        assertThat(report.position(onFeature)).isEqualTo(3);
        ImportReport csv = new ImportReport(true, 3, 2, 0, 0, java.util.List.of(onFeature), 1);
        assertThat(csv.countsFeatures()).isFalse();
        assertThat(csv.position(onFeature)).isEqualTo(4);
    }
}
