package org.crossroads.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built-in library ({@code library/documents.csv}, {@code library/practices.json}) is checked as a file, before
 * anything loads it: the fixed columns and fields, types and codes against V60 and the vocabularies, unique ids,
 * every reference resolvable in the dataset files, and a source citing a report of {@code dataset/source-documents.csv}
 * on every row and practice. MC2CM's 33 knowledge products are recognised by their source, which names the entry of
 * the EIP review's Annex Table 3 it comes from ({@code Annex Table 3 (MC2CM knowledge products), entry "…"}).
 */
class BuiltInLibraryFilesTest {

    static final List<String> DOCUMENT_COLUMNS = List.of("external_id", "type", "title", "language", "title_en", "title_fr",
            "title_ar", "title_es", "summary", "summary_en", "summary_fr", "summary_ar", "summary_es", "year", "published_on", "languages", "themes", "countries", "cities", "authors",
            "author_organisations", "publishers", "networks", "funders", "initiatives", "events", "licence", "source_url",
            "access", "source");
    static final List<String> PRACTICE_FIELDS = List.of("external_id", "title", "language", "translations", "variant_names",
            "city", "cities", "countries", "themes", "problem", "identified", "context", "approach", "actors", "costs",
            "results", "success_factors", "watch_out", "transfer_principles", "contacts", "initiatives", "documents", "events",
            "transfers", "sources");
    static final List<String> CONTEXT_FIELDS = List.of("size_class", "route_role", "legal_mandate", "resources");
    static final Set<String> ACCESS = Set.of("public", "members", "chatham_house");
    static final Pattern TABLE_3_ENTRY = Pattern.compile("Annex Table 3 \\(MC2CM knowledge products\\), entry \"([^\"]+)\"");
    static final Pattern INTERNAL_KEY = Pattern.compile("(?i)\\bseed\\s+0\\d\\d");
    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    static List<CSVRecord> documents;
    static JsonNode practices;
    static Set<String> documentTypes;
    static List<String> citations;
    static Set<String> organisations;
    static Set<String> initiatives;
    static Set<String> events;
    static Set<String> places;
    static Set<String> gazetteer;
    static final Vocabularies vocabularies = new Vocabularies();

    @BeforeAll
    static void read() throws IOException {
        documents = csv("library/documents.csv");
        try (InputStream in = new ClassPathResource("library/practices.json").getInputStream()) {
            practices = JsonMapper.builder().build().readTree(in);
        }
        documentTypes = documentTypesOfV60();
        citations = new ArrayList<>();
        for (CSVRecord d : csv("dataset/source-documents.csv")) {
            citations.add("%s (%s), \"%s\", %s".formatted(d.get("authors"), d.get("year"), d.get("title"), d.get("series")));
        }
        organisations = column("dataset/organisations.csv", "external_id");
        initiatives = column("dataset/initiatives.csv", "external_id");
        events = column("learning/events.csv", "external_id");
        places = column("dataset/places.csv", "place");
        gazetteer = gazetteerNames();
    }

    @Test
    void documentsHaveTheFixedColumnsAndValidValues() throws IOException {
        try (Reader in = reader("library/documents.csv")) {
            assertThat(CSVFormat.DEFAULT.builder().setHeader().get().parse(in).getHeaderNames()).isEqualTo(DOCUMENT_COLUMNS);
        }
        Set<String> ids = new HashSet<>();
        for (CSVRecord row : documents) {
            String at = "documents.csv line %d (%s)".formatted(row.getRecordNumber() + 1, row.get("external_id"));
            assertThat(row.size()).as(at).isEqualTo(DOCUMENT_COLUMNS.size());
            assertThat(row.get("external_id")).as(at).matches("doc:[a-z0-9][a-z0-9-]{0,115}");
            assertThat(ids.add(row.get("external_id"))).as(at + " unique id").isTrue();
            assertThat(row.get("type")).as(at).isIn(documentTypes);
            assertThat(row.get("title")).as(at).isNotBlank().hasSizeLessThanOrEqualTo(500);
            assertThat(row.get("language")).as(at).matches("[a-z]{2}");
            for (String language : List.of("en", "fr", "ar", "es")) {
                String translation = row.get("title_" + language);
                assertThat(translation).as(at + " title_" + language + " differs from the title or is blank")
                        .isNotEqualTo(row.get("title"));
                if (language.equals(row.get("language"))) {
                    assertThat(translation).as(at + " no translation into the title's own language").isEmpty();
                }
            }
            assertThat(row.get("summary")).as(at).hasSizeLessThanOrEqualTo(10000);
            Integer year = row.get("year").isEmpty() ? null : Integer.valueOf(row.get("year"));
            if (year != null) {
                assertThat(year).as(at).isBetween(1900, 2100);
            }
            String published = row.get("published_on");
            if (!published.isEmpty()) {
                int publishedYear = published.length() == 7 ? YearMonth.parse(published).getYear()
                        : LocalDate.parse(published).getYear();
                assertThat(publishedYear).as(at + " published_on agrees with year").isEqualTo(year);
            }
            list(row.get("languages")).forEach(l -> assertThat(l).as(at).matches("[a-z]{2}"));
            list(row.get("themes")).forEach(t -> assertThat(vocabularies.contains(Vocabularies.THEME, t)).as(at + " theme " + t).isTrue());
            list(row.get("countries")).forEach(c -> assertThat(COUNTRIES).as(at).contains(c));
            list(row.get("cities")).forEach(c -> assertThat(resolvable(c)).as(at + " city " + c).isTrue());
            list(row.get("authors")).forEach(a -> assertThat(a).as(at).isNotBlank().doesNotStartWith("org:"));
            for (String column : List.of("author_organisations", "publishers", "networks", "funders")) {
                list(row.get(column)).forEach(o -> assertThat(organisations).as(at + " " + column).contains(o));
            }
            list(row.get("initiatives")).forEach(i -> assertThat(initiatives).as(at).contains(i));
            list(row.get("events")).forEach(e -> assertThat(events).as(at).contains(e));
            assertThat(row.get("source_url")).as(at).matches("|https://\\S{1,1990}");
            assertThat(row.get("access")).as(at).isIn(ACCESS);
            assertCited(row.get("source"), at);
            assertThat(row.get("source")).as(at).hasSizeLessThanOrEqualTo(2000);
            row.toMap().forEach((column, cell) -> assertThat(INTERNAL_KEY.matcher(cell).find()).as(at + " " + column).isFalse());
        }
    }

    /**
     * Annex Table 3 lists 33 entries: a policy note, 12 city migration profiles, a synthesis report, 9 case studies,
     * 8 thematic learning reports, a MOOC and a COVID-19 report. Its first thematic learning report and its COVID-19
     * report carry one title, so they are one document whose source names both entries: 33 entries in 32 rows.
     */
    @Test
    void the33KnowledgeProductsOfAnnexTable3AreEachCitedOnce() {
        Map<String, CSVRecord> entries = new TreeMap<>();
        Map<String, CSVRecord> rows = new HashMap<>();
        for (CSVRecord row : documents) {
            Matcher entry = TABLE_3_ENTRY.matcher(row.get("source"));
            while (entry.find()) {
                assertThat(entries.put(entry.group(1), row)).as("entry \"%s\" cited once", entry.group(1)).isNull();
                rows.put(row.get("external_id"), row);
            }
        }
        assertThat(entries).hasSize(33);
        assertThat(rows).hasSize(32);
        Map<String, Long> groups = entries.keySet().stream().collect(Collectors.groupingBy(
                e -> e.replaceFirst("(: .*| \\d+)$", ""), TreeMap::new, Collectors.counting()));
        assertThat(groups).containsExactlyInAnyOrderEntriesOf(Map.of("Policy recommendation note", 1L,
                "City migration profiles", 12L, "Synthesis report on city migration profiles", 1L, "Case studies", 9L,
                "Thematic learning reports", 8L, "MOOC", 1L, "COVID-19 thematic report", 1L));
        assertThat(entries.get("Thematic learning reports 1")).isSameAs(entries.get("COVID-19 thematic report"));

        Map<String, String> typeOfGroup = Map.of("Policy recommendation note", "policy_note", "City migration profiles",
                "city_migration_profile", "Case studies", "case_study", "MOOC", "course");
        Set<String> profileCities = new HashSet<>();
        entries.forEach((entry, row) -> {
            String group = entry.replaceFirst("(: .*| \\d+)$", "");
            if (typeOfGroup.containsKey(group)) {
                assertThat(row.get("type")).as(entry).isEqualTo(typeOfGroup.get(group));
            }
            if (group.equals("City migration profiles") || group.equals("Case studies")) {
                assertThat(list(row.get("cities"))).as(entry + " is linked to its city").hasSize(1);
            }
            if (group.equals("City migration profiles")) {
                profileCities.addAll(list(row.get("cities")));
            }
        });
        assertThat(profileCities).as("one profile per city").hasSize(12);
    }

    @Test
    void learningReportsAndBackgroundDocumentsBelongToBuiltInEvents() {
        Set<String> linked = documents.stream().flatMap(d -> list(d.get("events")).stream()).collect(Collectors.toSet());
        assertThat(linked).as("events with a document the reports name").hasSizeGreaterThanOrEqualTo(14)
                .contains("mc2cm:event:09", "mc2cm:event:10");
        for (CSVRecord row : documents) {
            if (row.get("type").equals("declaration")) {
                assertThat(row.get("events")).as(row.get("external_id")).isEmpty();
            }
        }
        assertThat(documents.stream().filter(d -> d.get("type").equals("declaration")).count()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void practicesHaveTheFixedFieldsAndResolvableReferences() {
        assertThat(practices.isArray()).isTrue();
        assertThat(practices.size()).isGreaterThanOrEqualTo(40);
        Set<String> documentIds = documents.stream().map(d -> d.get("external_id")).collect(Collectors.toSet());
        Set<String> ids = new HashSet<>();
        for (JsonNode p : practices) {
            String at = "practice " + p.path("external_id").asString();
            assertThat(names(p)).as(at).containsExactlyElementsOf(PRACTICE_FIELDS);
            assertThat(p.path("external_id").asString()).as(at).matches("practice:[a-z0-9][a-z0-9-]{0,110}");
            assertThat(ids.add(p.path("external_id").asString())).as(at + " unique id").isTrue();
            assertThat(p.path("title").asString()).as(at).isNotBlank();
            assertThat(p.path("language").asString()).as(at).matches("[a-z]{2}");
            for (Map.Entry<String, JsonNode> translation : p.path("translations").properties()) {
                assertThat(translation.getKey()).as(at).isIn("en", "fr", "ar", "es").isNotEqualTo(p.path("language").asString());
                assertThat(translation.getValue().path("title").asString()).as(at + " " + translation.getKey()).isNotBlank();
            }
            strings(p.path("variant_names")).forEach(v -> assertThat(v).as(at).isNotBlank());
            if (!p.path("city").isNull()) {
                assertThat(resolvable(p.path("city").asString())).as(at + " city").isTrue();
                assertThat(strings(p.path("cities"))).as(at + " cities include the city").contains(p.path("city").asString());
            } else {
                // a practice of a region, a province or a country says where by its countries
                assertThat(strings(p.path("countries"))).as(at + " without a city names its countries").isNotEmpty();
            }
            strings(p.path("cities")).forEach(c -> assertThat(resolvable(c)).as(at + " city " + c).isTrue());
            strings(p.path("countries")).forEach(c -> assertThat(COUNTRIES).as(at).contains(c));
            strings(p.path("themes")).forEach(t -> assertThat(vocabularies.contains(Vocabularies.THEME, t)).as(at + " theme " + t).isTrue());
            assertThat(strings(p.path("themes"))).as(at + " themes").isNotEmpty();
            for (String text : List.of("problem", "identified", "approach", "actors", "costs", "results", "success_factors",
                    "watch_out", "transfer_principles")) {
                assertThat(p.path(text).isNull() || !p.path(text).asString().isBlank()).as(at + " " + text + " is null or text").isTrue();
            }
            JsonNode context = p.path("context");
            assertThat(names(context)).as(at).containsExactlyElementsOf(CONTEXT_FIELDS);
            assertCode(context.path("size_class"), Vocabularies.SIZE_CLASS, at);
            assertCode(context.path("route_role"), Vocabularies.CITY_ROLE, at);
            for (JsonNode contact : p.path("contacts")) {
                assertThat(contact.path("office").asString()).as(at).isNotBlank();
                assertThat(contact.path("consent").isBoolean()).as(at).isTrue();
            }
            strings(p.path("initiatives")).forEach(i -> assertThat(initiatives).as(at).contains(i));
            strings(p.path("documents")).forEach(d -> assertThat(documentIds).as(at).contains(d));
            strings(p.path("events")).forEach(e -> assertThat(events).as(at).contains(e));
            for (JsonNode transfer : p.path("transfers")) {
                assertThat(resolvable(transfer.path("to_city").asString())).as(at + " transfer city").isTrue();
                assertThat(transfer.path("year").isNull() || transfer.path("year").asInt() >= 1900).as(at).isTrue();
                assertThat(transfer.path("what_changed").asString()).as(at).isNotBlank();
                assertCited(transfer.path("source").asString(), at + " transfer");
            }
            assertThat(p.path("sources").size()).as(at + " sources").isPositive();
            for (JsonNode source : p.path("sources")) {
                assertCited(source.path("citation").asString(), at);
                assertThat(source.path("passage").asString()).as(at + " passage").isNotBlank();
            }
            assertThat(INTERNAL_KEY.matcher(p.toString()).find()).as(at).isFalse();
        }
    }

    /** A practice two reports describe under different names is one record that cites both. */
    @Test
    void practicesNamedDifferentlyInTwoReportsAreOneRecordCitingBoth() {
        for (String name : List.of("Gabriel Péri", "Cuidemos Centro", "Cuidamos Centro", "jugendcollege", "Youth College",
                "Badr Nazzal", "Gaziantep", "Bilbao", "RECOMIG")) {
            List<JsonNode> named = new ArrayList<>();
            for (JsonNode p : practices) {
                String names = p.path("title").asString() + " | " + String.join(" | ", strings(p.path("variant_names")));
                if (names.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
                    named.add(p);
                }
            }
            assertThat(named).as(name).hasSize(1);
            Set<String> reports = new LinkedHashSet<>();
            for (JsonNode source : named.get(0).path("sources")) {
                citations.stream().filter(source.path("citation").asString()::startsWith).forEach(reports::add);
            }
            assertThat(reports).as(name + " cites two reports").hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void transfersArePracticesAdaptedByAnotherCity() {
        Map<String, String> transferred = new HashMap<>();
        for (JsonNode p : practices) {
            for (JsonNode t : p.path("transfers")) {
                transferred.put(p.path("city").asString() + " -> " + t.path("to_city").asString(), p.path("external_id").asString());
                assertThat(t.path("to_city").asString()).isNotEqualTo(p.path("city").asString());
            }
        }
        assertThat(transferred).containsKeys("Tangier, MA -> Tunis, TN", "Lyon, FR -> Tunis, TN", "Casablanca, MA -> Oujda, MA");
    }

    // ---- helpers ----

    void assertCited(String source, String at) {
        assertThat(source).as(at + " source").isNotBlank();
        assertThat(citations).as(at + " source cites a report of source-documents.csv: " + source)
                .anySatisfy(c -> assertThat(source).startsWith(c));
    }

    static void assertCode(JsonNode node, String vocabulary, String at) {
        if (!node.isNull()) {
            assertThat(vocabularies.contains(vocabulary, node.asString())).as(at + " " + vocabulary).isTrue();
        }
    }

    /** A place the directory resolves as the dataset import does: a {@code place:} id or a "Name, CC" of places.csv, or a gazetteer name or alternate name in that country, ignoring case and accents. */
    static boolean resolvable(String reference) {
        if (places.contains(reference)) {
            return true;
        }
        int comma = reference.lastIndexOf(", ");
        return comma > 0 && gazetteer.contains(key(reference.substring(0, comma)) + "|" + reference.substring(comma + 2));
    }

    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }

    static Set<String> gazetteerNames() throws IOException {
        Set<String> names = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ClassPathResource("gazetteer/places.tsv.gz").getInputStream()), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                names.add(key(f[1]) + "|" + f[3]);
                for (String alternate : f[2].split("\\|")) {
                    names.add(key(alternate) + "|" + f[3]);
                }
            }
        }
        return names;
    }

    /** The document types V60's check constraint allows, so the file follows the table rather than a copy of its list. */
    static Set<String> documentTypesOfV60() throws IOException {
        String v60 = new String(new ClassPathResource("db/migration/library/V60__library_documents.sql").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        Matcher check = Pattern.compile("type\\s+text not null check \\(type in \\(([^)]*)\\)\\)").matcher(v60);
        assertThat(check.find()).as("V60 lists the document types").isTrue();
        return Arrays.stream(check.group(1).split(",")).map(s -> s.strip().replace("'", "")).collect(Collectors.toSet());
    }

    static List<CSVRecord> csv(String file) throws IOException {
        try (Reader in = reader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    static Reader reader(String file) throws IOException {
        return new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8);
    }

    static Set<String> column(String file, String column) throws IOException {
        return csv(file).stream().map(r -> r.get(column)).collect(Collectors.toSet());
    }

    static List<String> list(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split("; ")).map(String::strip).toList();
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    static List<String> names(JsonNode object) {
        return object.properties().stream().map(Map.Entry::getKey).toList();
    }
}
