package org.crossroads.shared.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crossroads.IntegrationTest;
import org.crossroads.WebClient;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demonstration dataset, over real HTTP: an administrator adds it; it fills an event's dashboard, outcome
 * statements, self-assessments and three indicators of its own; every page says it is there and its records are
 * marked; exports leave it out unless asked; one step removes it and nothing else.
 */
@IntegrationTest
class DemonstrationDataTest {

    static final String PASSWORD = "saffron harbour kettle dune";

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Demonstration demonstration;

    @Test
    void addedByAnAdministratorItFillsTheDashboardsIsMarkedEverywhereStaysOutOfExportsAndGoesInOneStep() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        accounts.create("demo-admin-" + run, "Demonstration Administrator", "{noop}" + PASSWORD, Role.ADMINISTRATOR, null, null);
        WebClient admin = WebClient.signedIn(port, "demo-admin-" + run, PASSWORD);
        WebClient visitor = WebClient.anonymous(port);
        Map<String, Long> realBefore = realRecords();
        try {
            admin.post("/admin/demo/add", Map.of());
            Map<String, Long> counts = demonstration.counts();
            assertThat(counts.get("learning")).isEqualTo(3);
            assertThat(counts.get("data")).isGreaterThan(1000);
            assertThat(realRecords()).as("nothing real is added or changed").isEqualTo(realBefore);

            assertThat(Jsoup.parse(visitor.get("/").body()).select("#demo-banner").text()).contains("demonstration data");
            assertThat(Jsoup.parse(visitor.get("/?lang=ar").body()).select("#demo-banner").text()).contains("بيانات توضيحية");

            long event = jdbc.sql("select id from learning_event where external_id = 'demo:event:1'").query(Long.class).single();
            Document page = Jsoup.parse(visitor.get("/events/" + event + "?lang=en").body());
            assertThat(page.select("h1").text()).startsWith("Demonstration:");
            assertThat(page.select("#demo-note .demo-mark").text()).isEqualTo("Demonstration");
            assertThat(Jsoup.parse(visitor.get("/events/" + event + "?lang=fr").body()).select("h1").text())
                    .startsWith("Démonstration");
            Document dashboard = Jsoup.parse(visitor.get("/events/" + event + "/dashboard?lang=en").body());
            assertThat(dashboard.select(".empty-state").stream().map(e -> e.parent().select("h2, h3").text()).toList())
                    .as("every block of the dashboard at work").isEmpty();

            long outcome = jdbc.sql("select min(id) from outcome_statement where created_by = '(demonstration)' and status = 'validated'")
                    .query(Long.class).single();
            assertThat(Jsoup.parse(visitor.get("/outcomes/" + outcome).body()).select("#demo-note")).hasSize(1);
            assertThat(visitor.get("/outcomes.csv").body()).doesNotContain("Municipality of Tangier, reception desk");
            assertThat(visitor.get("/outcomes.csv?demo=include").body()).contains("Municipality of Tangier, reception desk");

            assertThat(visitor.get("/data/values.csv").body()).doesNotContain("demo.");
            String chosen = visitor.get("/data/values.csv?indicator=demo.new_arrivals").body();
            assertThat(chosen).contains("demo.new_arrivals").contains("Crossroads demonstration data (generated");
            String pivot = Jsoup.parse(visitor.get("/data/pivot?lang=en&indicator=demo.people_assisted_reception"
                    + "&dimension=migration_status_group&category=not_known").body()).select("table").text();
            assertThat(pivot).as("small counts protected").containsPattern("<5| x ");

            assertThat(jdbc.sql("select count(*) from capability_assessment where assessed_by = '(demonstration)'")
                    .query(Long.class).single()).isGreaterThanOrEqualTo(8);
            assertThat(jdbc.sql("select count(*) from mail_outbox where recipient like 'demo-participant-%'")
                    .query(Long.class).single()).as("no mail to invented people").isZero();
        } finally {
            admin.post("/admin/demo/remove", Map.of());
        }
        assertThat(demonstration.counts().values()).containsOnly(0L);
        assertThat(demonstration.present()).isFalse();
        assertThat(Jsoup.parse(visitor.get("/").body()).select("#demo-banner")).isEmpty();
        assertThat(realRecords()).as("removing touches nothing real").isEqualTo(realBefore);
        for (String table : List.of("participant", "learning_event", "outcome_statement", "indicator", "data_import_batch")) {
            assertThat(jdbc.sql("select count(*) from " + table + " where created_by = '(demonstration)'").query(Long.class).single())
                    .as(table).isZero();
        }
    }

    private Map<String, Long> realRecords() {
        return Map.of(
                "events", count("select count(*) from learning_event where created_by <> '(demonstration)'"),
                "participants", count("select count(*) from participant where created_by <> '(demonstration)'"),
                "outcomes", count("select count(*) from outcome_statement where created_by <> '(demonstration)'"),
                "values", count("select count(*) from data_value where created_by <> '(demonstration)'"),
                "assessments", count("select count(*) from capability_assessment where assessed_by <> '(demonstration)'"),
                "indicators", count("select count(*) from indicator where created_by <> '(demonstration)'"));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
