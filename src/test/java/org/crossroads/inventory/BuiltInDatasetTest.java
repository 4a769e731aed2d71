package org.crossroads.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crossroads.IntegrationTest;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Places;
import org.crossroads.inventory.internal.BuiltInDataset;
import org.crossroads.inventory.search.Facet;
import org.crossroads.inventory.search.InitiativeSearch;
import org.crossroads.inventory.search.SearchQuery;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class BuiltInDatasetTest {

    @Autowired BuiltInDataset dataset;
    @Autowired InitiativeSearch search;
    @Autowired Organisations organisations;
    @Autowired Places places;
    @Autowired JdbcClient jdbc;

    @Test
    void everyFileOfTheDatasetLoadsWithoutAProblem() {
        assertThat(dataset.reports()).containsOnlyKeys("organisations", "places", "memberships", "partnerships", "initiatives");
        dataset.reports().forEach((kind, report) -> assertThat(report.problems()).as(kind).isEmpty());
    }

    @Test
    void mc2cmConnectsItsTwentyOneParticipantCitiesAndItsTargetedCityActions() {
        var mc2cm = organisations.resolve("MC2CM").orElseThrow();
        long cities = jdbc.sql("select count(distinct place_id) from membership where organisation_id = :o")
                .param("o", mc2cm.id()).query(Long.class).single();
        assertThat(cities).isGreaterThanOrEqualTo(21);
        var actions = search.search(new SearchQuery("", Map.of(Facet.NETWORK, Set.of(String.valueOf(mc2cm.id()))), 1, 50));
        assertThat(actions.total()).isGreaterThanOrEqualTo(22);
    }

    @Test
    void everyInitiativeNamesItsSourceReport() throws IOException {
        // a citation: authors or publisher and year, "EIP (2023), …" (BuiltInSourcesTest checks them against the table);
        // only the dataset's own initiatives: other tests create initiatives of their own in the shared database
        List<String> builtIn;
        try (var csv = CSVFormat.DEFAULT.builder().setHeader().get().parse(new InputStreamReader(
                new ClassPathResource("dataset/initiatives.csv").getInputStream(), StandardCharsets.UTF_8))) {
            builtIn = csv.stream().map(r -> r.get("external_id")).toList();
        }
        assertThat(builtIn).hasSizeGreaterThan(50);
        assertThat(jdbc.sql("select count(*) from initiative where external_id in (:ids) and source ~ '^.* \\(\\d{4}\\), \"'")
                .param("ids", builtIn).query(Long.class).single()).isEqualTo(builtIn.size());
    }

    /** Issue 12 §2: the built-in initiatives read in the four languages, written in English and translated. */
    @Test
    void everyBuiltInInitiativeIsTranslatedIntoFrenchArabicAndSpanish() throws IOException {
        List<String> builtIn;
        try (var csv = CSVFormat.DEFAULT.builder().setHeader().get().parse(new InputStreamReader(
                new ClassPathResource("dataset/initiatives.csv").getInputStream(), StandardCharsets.UTF_8))) {
            builtIn = csv.stream().map(r -> r.get("external_id")).toList();
        }
        assertThat(jdbc.sql("""
                select count(*) from initiative where external_id in (:ids) and language = 'en'
                  and jsonb_exists_all(translations -> 'fr', array['name', 'summary'])
                  and jsonb_exists_all(translations -> 'ar', array['name', 'summary'])
                  and jsonb_exists_all(translations -> 'es', array['name', 'summary'])
                  and translations ->> 'ar' ~ '[\u0600-\u06FF]'""").param("ids", builtIn).query(Long.class).single())
                .isEqualTo(builtIn.size());
    }

    @Test
    void routeCitiesCarryTheirRoles() {
        assertThat(places.resolve("Agadez, NE").orElseThrow().roles()).contains("transit");
    }
}
