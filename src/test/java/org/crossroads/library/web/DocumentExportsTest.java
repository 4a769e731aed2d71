package org.crossroads.library.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossroads.IntegrationTest;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.library.Document;
import org.crossroads.library.DocumentColumns;
import org.crossroads.library.DocumentDraft;
import org.crossroads.library.DocumentEditing;
import org.crossroads.library.Documents;
import org.crossroads.shared.tabular.TabularFile;
import org.crossroads.shared.tabular.TabularReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every export format is well formed with awkward text (TeX and CSV special characters, line breaks, Arabic):
 * the CSV reads back in the import format, the JSON parses, each RIS record is closed and typed from the document's
 * type, BibTeX keys are ASCII and unique even for identical entries, and TeX specials are escaped.
 */
@IntegrationTest
class DocumentExportsTest {

    @Autowired DocumentExports exports;
    @Autowired DocumentEditing editing;
    @Autowired Documents documents;
    @Autowired Accounts accounts;

    @Test
    void everyFormatIsWellFormed() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String username = "lib-export-" + run;
        accounts.create(username, "Exporter", "{noop}password-for-tests", Role.ADMINISTRATOR, null, null);
        Editor admin = accounts.findByUsername(username).orElseThrow();
        String title = "Cities & {braces} 100% #1 \"quoted\", with_under ^tilde~ " + run;
        long id = editing.create(new DocumentDraft(null, "declaration", "en", title, "Line one\nLine two, \"quoted\"",
                Map.of("ar", Map.of("title", "إعلان المدن " + run)), "2018", "2018-12-09", List.of("en", "ar"),
                List.of("governance"), List.of(), List.of("Sfax, TN"), List.of("Ana Pérez", "Jean Dupont"),
                List.of("org:icmpd"), List.of("org:mc2cm"), List.of(), List.of(), List.of(), List.of(), List.of(),
                "CC BY 4.0", "https://example.org/report_2018%20final.pdf?x=1&y=2", "public", "Export test"), admin);
        Document d = documents.find(id, Optional.of(admin)).orElseThrow();
        List<Document> twice = List.of(d, d);

        for (DocumentExports.Format format : DocumentExports.Format.values()) {
            String out = write(format, twice);
            assertThat(out).as(format.name()).isNotBlank();
            switch (format) {
                case CSV -> {
                    TabularFile file = new TabularReader().read("x.csv", new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)));
                    assertThat(file.columns()).containsExactlyElementsOf(DocumentColumns.ALL.stream().map(c -> c.name()).toList());
                    assertThat(file.rows()).hasSize(2);
                    assertThat(file.rows().get(0).value("title")).isEqualTo(title);
                    assertThat(file.rows().get(0).value("title_ar")).isEqualTo("إعلان المدن " + run);
                    assertThat(file.rows().get(0).value("authors")).isEqualTo("Ana Pérez; Jean Dupont");
                    assertThat(file.rows().get(0).value("published_on")).isEqualTo("2018-12-09");
                }
                case JSON -> {
                    var tree = JsonMapper.builder().build().readTree(out);
                    assertThat(tree.size()).isEqualTo(2);
                    assertThat(tree.get(0).get("title").asString()).isEqualTo(title);
                }
                case RIS -> {
                    assertThat(count(out, "(?m)^TY  - ")).isEqualTo(2);
                    assertThat(count(out, "(?m)^ER  - ")).isEqualTo(2);
                    assertThat(out).contains("TY  - GOVDOC").contains("AU  - Ana Pérez").contains("DA  - 2018/12/09/")
                            .contains("AB  - Line one Line two");
                    assertThat(out.lines().filter(l -> !l.isEmpty())).allMatch(l -> l.matches("[A-Z][A-Z0-9]  - .*"));
                }
                case BIBTEX -> {
                    Matcher keys = Pattern.compile("(?m)^@(\\w+)\\{([^,]*),").matcher(out);
                    var seen = new HashSet<String>();
                    while (keys.find()) {
                        assertThat(keys.group(2)).matches("[a-z0-9]+");
                        assertThat(seen.add(keys.group(2))).as("unique key " + keys.group(2)).isTrue();
                    }
                    assertThat(seen).hasSize(2);
                    assertThat(out).contains("Cities \\& \\{braces\\} 100\\% \\#1").contains("with\\_under \\^{}tilde\\~{}")
                            .contains("author = {Ana Pérez and Jean Dupont and {International Centre for Migration Policy Development}}")
                            .contains("url = {https://example.org/report_2018%20final.pdf?x=1&y=2}");
                    long open = out.chars().filter(c -> c == '{').count() - count(out, "\\\\\\{");
                    long close = out.chars().filter(c -> c == '}').count() - count(out, "\\\\\\}");
                    assertThat(open).as("balanced braces").isEqualTo(close);
                }
            }
        }
    }

    @Test
    void risAndSchemaTypesCoverEveryDocumentType() {
        for (String type : Document.TYPES) {
            assertThat(DocumentExports.risType(type)).as(type).matches("[A-Z]{3,6}");
            assertThat(DocumentExports.bibtexType(type)).as(type).isIn("techreport", "misc");
            assertThat(DocumentMetadata.schemaType(type)).as(type).isNotBlank();
        }
        assertThat(DocumentExports.risType("city_migration_profile")).isEqualTo("RPRT");
        assertThat(DocumentExports.risType("data_set")).isEqualTo("DATA");
    }

    private String write(DocumentExports.Format format, List<Document> list) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.write(format, list, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static long count(String text, String regex) {
        return Pattern.compile(regex).matcher(text).results().count();
    }
}
