package org.crossroads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The built-in dataset cites its sources as people cite reports (authors, year, title, series, then the
 * section or table), from the one table {@code dataset/source-documents.csv}; an internal document
 * number ("Seed 001") is never shown. Every file is checked, and every public page and export the
 * application maps is read as an anonymous visitor would.
 */
@IntegrationTest
class BuiltInSourcesTest extends WebTest {

    static final Pattern INTERNAL_KEY = Pattern.compile("(?i)\\bseed\\s+0\\d\\d");
    static final List<String> FILES = List.of("dataset/initiatives.csv", "dataset/organisations.csv", "dataset/places.csv",
            "dataset/memberships.csv", "dataset/partnerships.csv", "data/values.csv", "learning/events.csv",
            "learning/outcomes.csv", "dataset/route-countries.csv", "library/documents.csv");
    static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)(?::([^}]*))?}");

    @Autowired JdbcClient jdbc;

    static List<CSVRecord> read(String file) throws IOException {
        try (Reader in = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    /** "MMC and UNHCR (2022), "Going to town: …", MMC Research Report", one per source document. */
    static List<String> citations() throws IOException {
        List<String> citations = new ArrayList<>();
        for (CSVRecord d : read("dataset/source-documents.csv")) {
            assertThat(d.get("authors")).isNotBlank();
            assertThat(d.get("year")).matches("\\d{4}");
            assertThat(d.get("title")).isNotBlank();
            citations.add("%s (%s), \"%s\", %s".formatted(d.get("authors"), d.get("year"), d.get("title"), d.get("series")));
        }
        return citations;
    }

    @Test
    void everySourceInTheBuiltInFilesIsACitationFromTheTableOfSourceDocuments() throws IOException {
        List<String> citations = citations();
        for (String file : FILES) {
            for (CSVRecord row : read(file)) {
                row.toMap().forEach((column, cell) -> assertThat(INTERNAL_KEY.matcher(cell).find())
                        .as("%s line %d, %s: %s", file, row.getRecordNumber() + 1, column, cell).isFalse());
                String source = row.get("source");
                assertThat(citations).as("%s line %d: %s", file, row.getRecordNumber() + 1, source)
                        .anySatisfy(c -> assertThat(source).startsWith(c));
            }
        }
    }

    @Test
    void whereTwoPassagesOfAReportDisagreeOnADateThePublicRecordSaysSo() throws Exception {
        long forum = jdbc.sql("select id from initiative where external_id = 'init:unhcr-mayors-forum-inclusive-cities-north-africa'")
                .query(Long.class).single();
        assertThat(text(mvc, "/initiatives/" + forum)).contains("Date note", "November 2021", "10-11 November 2020");
        long mc2cm = jdbc.sql("select id from initiative where external_id = 'init:mc2cm'").query(Long.class).single();
        assertThat(text(mvc, "/initiatives/" + mc2cm)).contains("Date note", "2015-18", "2015-17");
        Map<String, String> events = Map.of("mc2cm:event:13", "December 2021", "mc2cm:event:14", "March 2021",
                "mc2cm:event:15", "April 2021");
        for (var event : events.entrySet()) {
            long id = jdbc.sql("select id from learning_event where external_id = :e").param("e", event.getKey())
                    .query(Long.class).single();
            assertThat(text(mvc, "/events/" + id)).as(event.getKey()).contains("Date note", event.getValue(), "Annex Table 2");
        }
    }

    @Test
    void noPublicPageOrExportShowsAnInternalDocumentNumber() throws Exception {
        Map<String, List<?>> ids = new LinkedHashMap<>();
        ids.put("initiatives", ids("select id from initiative where external_id like 'init:%' order by id"));
        ids.put("organisations", ids("select id from organisation where external_id like 'org:%' order by id limit 40"));
        ids.put("cities", ids("select id from place where source is not null order by id limit 25"));
        ids.put("events", ids("select id from learning_event where external_id like 'mc2cm:%' order by id"));
        ids.put("outcomes", ids("select id from outcome_statement order by id limit 10"));
        ids.put("index codes", jdbc.sql("select code from self_assessment_index order by code").query(String.class).list());
        Set<String> urls = new LinkedHashSet<>();
        for (String pattern : MappedRoutes.readPatterns(context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class))) {
            urls.addAll(expand(pattern, ids));
        }
        assertThat(urls).contains("/initiatives.csv", "/initiatives.plain.csv", "/initiatives.json", "/data/values.csv");
        int read = 0;
        for (String url : urls) {
            MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
            if (response.getStatus() != 200) {
                continue; // needs a login, or needs parameters: not public as such
            }
            read++;
            String body = body(response);
            Matcher m = INTERNAL_KEY.matcher(body);
            assertThat(m.find()).as("%s shows \"%s\"", url, m.hitEnd() ? "" : body.substring(Math.max(0, m.start() - 80),
                    Math.min(body.length(), m.end() + 80))).isFalse();
        }
        assertThat(read).isGreaterThan(150);
    }

    private List<Long> ids(String sql) {
        return jdbc.sql(sql).query(Long.class).list();
    }

    /** The URLs for a mapped pattern: variables take ids of the built-in records, and every format alternative. */
    static List<String> expand(String pattern, Map<String, List<?>> ids) {
        List<String> urls = new ArrayList<>(List.of(pattern));
        Matcher m = VARIABLE.matcher(pattern);
        String[] segments = pattern.replaceFirst("^/api", "").split("/");
        String segment = segments.length > 1 ? segments[1].replaceFirst("\\..*", "") : "";
        while (m.find()) {
            String name = m.group(1);
            String regex = m.group(2);
            List<String> values;
            if (regex != null && regex.matches("[a-z|]+")) {
                values = List.of(regex.split("\\|"));
            } else if (name.equals("code") && segment.equals("indexes")) {
                values = ids.get("index codes").stream().map(String::valueOf).toList();
            } else if (name.equals("id") || name.equals("placeId")) {
                List<?> known = ids.get(name.equals("placeId") ? "cities" : segment);
                if (known == null) {
                    return List.of();
                }
                values = known.stream().map(String::valueOf).toList();
            } else {
                return List.of();
            }
            List<String> next = new ArrayList<>();
            for (String url : urls) {
                for (String value : values) {
                    next.add(url.replace(m.group(), value));
                }
            }
            urls = next;
        }
        return urls.stream().filter(u -> !u.endsWith(".pdf")).toList();
    }

    private static String body(MockHttpServletResponse response) throws IOException {
        byte[] bytes = response.getContentAsByteArray();
        String type = String.valueOf(response.getContentType());
        if (type.contains("spreadsheetml")) {
            StringBuilder text = new StringBuilder();
            java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
            try {
                java.nio.file.Files.write(file, bytes);
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                    for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                        text.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
            return text.toString();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String text(MockMvc mvc, String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).text();
    }
}
