package org.crossroads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossroads.shared.tabular.ImportRunner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every CSV the application maps is one of the two variants of {@code CsvExport}: for machines (header,
 * HXL row, no byte order mark) or for spreadsheets (byte order mark, no HXL row). The routes come from
 * Spring's handler mappings, so a new CSV export is checked without being listed here.
 */
@IntegrationTest
class CsvExportVariantsTest extends WebTest {

    static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)(?::([^}]*))?}");
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Autowired JdbcClient jdbc;
    @Autowired ImportRunner imports;

    @Test
    void everyCsvExportIsEitherForMachinesOrForSpreadsheets() throws Exception {
        long sfax = jdbc.sql("select id from place where name = 'Sfax' and country_code = 'TN' order by id limit 1")
                .query(Long.class).single();
        long event = jdbc.sql("select min(id) from learning_event").query(Long.class).single();
        long network = jdbc.sql("select id from organisation where external_id = 'org:mc2cm'").query(Long.class).single();
        long forum = jdbc.sql("select id from framework where external_id = 'global-refugee-forum'").query(Long.class).single();
        long review = jdbc.sql("select id from review_cycle where external_id = 'grf-2023'").query(Long.class).single();
        Map<String, List<String>> values = Map.of("cities", List.of(String.valueOf(sfax)), "events", List.of(String.valueOf(event)),
                "organisation", List.of(String.valueOf(network)), "kind", imports.kinds(),
                "frameworks", List.of(String.valueOf(forum)), "cycle", List.of(String.valueOf(review)));

        Map<String, String> variants = new TreeMap<>();
        for (String pattern : MappedRoutes.readPatterns(context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class))) {
            if (!pattern.endsWith(".csv") && !pattern.matches(".*\\{format:[a-z|]*csv[a-z|]*}.*")) {
                continue;
            }
            List<String> urls = expand(pattern, values);
            assertThat(urls).as("no sample value for a variable of %s: add one above", pattern).isNotEmpty();
            for (String url : urls) {
                MockHttpServletResponse response = mvc.perform(get(url).param("indicator", "population") // what the pivot needs; others ignore it
                        .with(user("admin").roles("ADMINISTRATOR")))
                        .andReturn().getResponse();
                assertThat(response.getStatus()).as(url).isEqualTo(200);
                assertThat(response.getContentType()).as(url).startsWith("text/csv");
                variants.put(url, variant(url, response.getContentAsByteArray()));
            }
        }
        assertThat(variants).containsEntry("/initiatives.csv", "machines").containsEntry("/initiatives.plain.csv", "spreadsheets")
                .containsEntry("/outcomes.csv", "spreadsheets").containsEntry("/data/values.csv", "machines")
                .containsKey("/import/template/initiatives.csv").hasSizeGreaterThan(10);
    }

    /** "machines" (no byte order mark, HXL row second) or "spreadsheets" (byte order mark, no HXL row); fails otherwise. */
    static String variant(String url, byte[] body) {
        boolean bom = body.length >= 3 && body[0] == BOM[0] && body[1] == BOM[1] && body[2] == BOM[2];
        List<String> lines = new String(body, StandardCharsets.UTF_8).lines().limit(2).toList();
        boolean hxl = lines.size() > 1 && lines.get(1).matches("^\"?#[a-z].*");
        assertThat(bom != hxl).as("%s: byte order mark %s, HXL row %s — a CSV is for machines (HXL, no mark) or for "
                + "spreadsheets (mark, no HXL)", url, bom, hxl).isTrue();
        return hxl ? "machines" : "spreadsheets";
    }

    static List<String> expand(String pattern, Map<String, List<String>> values) {
        List<String> urls = new ArrayList<>(List.of(pattern));
        Matcher m = VARIABLE.matcher(pattern);
        String[] segments = pattern.split("/");
        String first = segments.length > 1 ? segments[1] : "";
        while (m.find()) {
            String name = m.group(1);
            List<String> candidates;
            if (name.equals("format")) {
                candidates = List.of("csv");
            } else if (name.equals("id") || name.equals("placeId")) {
                candidates = values.get(name.equals("placeId") ? "cities" : first);
            } else {
                candidates = values.get(name);
            }
            if (candidates == null) {
                return List.of();
            }
            List<String> next = new ArrayList<>();
            for (String url : urls) {
                for (String value : candidates) {
                    next.add(url.replace(m.group(), value));
                }
            }
            urls = next;
        }
        return urls;
    }
}
