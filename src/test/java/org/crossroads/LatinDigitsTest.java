package org.crossroads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Arabic pages write their numbers with the digits 0–9, as the figures, messages and charts do, so one
 * page never mixes two digit systems. Every mapped page is read in Arabic (records of the built-in
 * dataset for pages with an id).
 */
@IntegrationTest
class LatinDigitsTest extends WebTest {

    static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)(?::([^}]*))?}");
    static final Pattern ARABIC_INDIC = Pattern.compile("[\u0660-\u0669\u06F0-\u06F9]");

    @Autowired JdbcClient jdbc;

    @Test
    void arabicPagesWriteTheDigitsZeroToNine() throws Exception {
        Map<String, String> ids = Map.of(
                "cities", one("select id from place where name = 'Sfax' and country_code = 'TN' order by id limit 1"),
                "initiatives", one("select id from initiative where external_id = 'init:mc2cm'"),
                "organisations", one("select id from organisation where external_id = 'org:mc2cm'"),
                "events", one("select min(id) from learning_event"),
                "outcomes", one("select min(id) from outcome_statement"));
        List<String> urls = new ArrayList<>();
        for (String pattern : MappedRoutes.readPatterns(context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class))) {
            String url = expand(pattern, ids);
            if (url != null && !url.startsWith("/api") && !url.contains(".")) {
                urls.add(url);
            }
        }
        TreeSet<String> mixed = new TreeSet<>();
        int pages = 0;
        for (String url : urls) {
            MockHttpServletResponse response = mvc.perform(get(url).param("lang", "ar")
                    .with(user("admin").roles("ADMINISTRATOR"))).andReturn().getResponse();
            if (response.getStatus() != 200 || !String.valueOf(response.getContentType()).startsWith("text/html")) {
                continue;
            }
            pages++;
            String text = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).text();
            Matcher m = ARABIC_INDIC.matcher(text);
            if (m.find()) {
                mixed.add(url + ": …" + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)) + "…");
            }
        }
        assertThat(pages).isGreaterThan(40);
        assertThat(mixed).as("pages writing Arabic-Indic digits").isEmpty();
    }

    private String one(String sql) {
        return String.valueOf(jdbc.sql(sql).query(Long.class).single());
    }

    private static String expand(String pattern, Map<String, String> ids) {
        String url = pattern;
        Matcher m = VARIABLE.matcher(pattern);
        String[] segments = pattern.split("/");
        String first = segments.length > 1 ? segments[1] : "";
        while (m.find()) {
            String value = m.group(1).equals("placeId") ? ids.get("cities") : m.group(1).equals("id") ? ids.get(first) : null;
            if (value == null) {
                return null;
            }
            url = url.replace(m.group(), value);
        }
        return url;
    }
}
