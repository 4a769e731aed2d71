package org.crossroads.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossroads.IntegrationTest;
import org.crossroads.directory.PartnershipDraft;
import org.crossroads.directory.PartnershipEditing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The city measures on a small graph checked by hand: five new local authorities of this run, tied by
 * partnerships into a triangle A–B–C with a tail C–D–E, apart from every other city of the database (so
 * the values below hold whatever else the shared database holds).
 *
 * <pre>
 *   A ─ B
 *    \ /
 *     C ─ D ─ E
 * </pre>
 */
@IntegrationTest
class GraphMetricsTest {

    static final String RUN = Long.toString(System.nanoTime(), 36);

    @Autowired CooperationNetwork network;
    @Autowired PartnershipEditing partnerships;
    @Autowired JdbcClient jdbc;

    @Test
    void degreeBetweennessClusteringCorenessAndConstraintAreThoseWorkedOutByHand() {
        Map<String, Long> city = new LinkedHashMap<>();
        double lat = -60;
        for (String name : List.of("A", "B", "C", "D", "E")) {
            city.put(name, jdbc.sql("""
                    insert into place (external_id, name, country_code, population, latitude, longitude, created_by)
                    values (:ref, :name, 'AQ', 80000, :lat, 10.0, 'test') returning id""")
                    .param("ref", "place:kite-" + name + "-" + RUN).param("name", "Kite " + name + " " + RUN)
                    .param("lat", lat += 1).query(Long.class).single());
        }
        for (String pair : List.of("AB", "AC", "BC", "CD", "DE")) {
            partnerships.upsert(new PartnershipDraft("place:kite-" + pair.charAt(0) + "-" + RUN,
                    "place:kite-" + pair.charAt(1) + "-" + RUN, "twinning", List.of(), null, null, "Test graph " + RUN), "test");
        }

        GraphView view = network.refresh().all();
        Map<String, CityMetrics> m = new LinkedHashMap<>();
        city.forEach((name, id) -> m.put(name, view.city(id).orElseThrow()));

        assertThat(m.values().stream().map(CityMetrics::degree)).containsExactly(2, 2, 3, 2, 1);
        assertThat(m.get("C").weightedDegree()).isEqualTo(3.0);
        assertThat(m.get("C").tiesByKind()).containsEntry(TieKind.TWINNING, 3);
        assertThat(m.get("C").partnerCities()).isEqualTo(3);
        // Betweenness, each unordered pair once: C lies on A–D, A–E, B–D, B–E; D on A–E, B–E, C–E.
        assertThat(m.values().stream().map(CityMetrics::betweenness)).containsExactly(0.0, 0.0, 4.0, 3.0, 0.0);
        // Local clustering: A and B close a triangle; of C's three neighbour pairs one (A–B) is tied.
        assertThat(m.get("A").clustering()).isEqualTo(1.0);
        assertThat(m.get("B").clustering()).isEqualTo(1.0);
        assertThat(m.get("C").clustering()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(m.get("D").clustering()).isZero();
        assertThat(m.get("E").clustering()).isZero();
        assertThat(m.values().stream().map(CityMetrics::coreness)).containsExactly(2, 2, 2, 1, 1);
        // Burt's constraint, p_ij = 1/degree here (equal weights):
        // A: (1/2 + 1/2·1/3)² + (1/2 + 1/2·1/2)² = 4/9 + 9/16; C: 2·(1/3 + 1/3·1/2)² + (1/3)² = 1/2 + 1/9;
        // D: (1/2)² + (1/2)² = 1/2; E: 1² = 1.
        assertThat(m.get("A").constraint()).isCloseTo(4.0 / 9 + 9.0 / 16, within(1e-9));
        assertThat(m.get("B").constraint()).isCloseTo(4.0 / 9 + 9.0 / 16, within(1e-9));
        assertThat(m.get("C").constraint()).isCloseTo(0.5 + 1.0 / 9, within(1e-9));
        assertThat(m.get("D").constraint()).isCloseTo(0.5, within(1e-9));
        assertThat(m.get("E").constraint()).isCloseTo(1.0, within(1e-9));
        // PageRank: the ends of the tail get the least, the city joining both parts the most.
        assertThat(m.get("C").pageRank()).isGreaterThan(m.get("A").pageRank()).isGreaterThan(m.get("E").pageRank());
        // Connectedness: three partner cities (full part) and nothing else: 1/4.
        assertThat(m.get("C").connectedness()).isCloseTo(0.25, within(1e-9));

        // The ties carry their source; a partnership ends the year its until date says.
        assertThat(network.latest().orElseThrow().tiesOf(city.get("E")))
                .singleElement().satisfies(t -> {
                    assertThat(t.kind()).isEqualTo(TieKind.TWINNING);
                    assertThat(t.record()).isEqualTo("partnership");
                });
    }

    @Test
    void aTieCountsInTheYearsOfItsPeriodAndTheComparisonOfTwoYearsShowsIt() {
        List<Long> ids = List.of("Old", "New").stream().map(side -> jdbc.sql("""
                insert into place (external_id, name, country_code, population, latitude, longitude, created_by)
                values (:ref, :name, 'AQ', 70000, -75.0, 30.0, 'test') returning id""")
                .param("ref", "place:period-" + side + "-" + RUN).param("name", "Period " + side + " " + RUN)
                .query(Long.class).single()).toList();
        partnerships.upsert(new PartnershipDraft("place:period-Old-" + RUN, "place:period-New-" + RUN, "twinning", List.of(),
                java.time.LocalDate.of(2019, 3, 1), java.time.LocalDate.of(2020, 6, 30), "Test period " + RUN), "test");

        NetworkSnapshot snapshot = network.refresh();
        assertThat(snapshot.view(2018).orElseThrow().city(ids.get(0)).orElseThrow().degree()).isZero();
        assertThat(snapshot.view(2019).orElseThrow().city(ids.get(0)).orElseThrow().degree()).isEqualTo(1);
        assertThat(snapshot.view(2020).orElseThrow().city(ids.get(0)).orElseThrow().degree()).isEqualTo(1);
        assertThat(snapshot.view(2021).orElseThrow().city(ids.get(0)).orElseThrow().degree()).isZero();
        assertThat(snapshot.all().city(ids.get(0)).orElseThrow().degree()).as("every recorded tie, ended ones too").isEqualTo(1);

        YearComparison comparison = network.compare(2018, 2019).orElseThrow();
        assertThat(comparison.cities()).anySatisfy(c -> {
            assertThat(c.placeId()).isEqualTo(ids.get(0));
            assertThat(c.degreeFrom()).isZero();
            assertThat(c.degreeTo()).isEqualTo(1);
        });
        assertThat(network.compare(2018, 1900)).as("no view for 1900").isEmpty();
    }

    @Test
    void aCityWithoutTiesHasNoConstraintAndZeroCentrality() {
        long lonely = jdbc.sql("""
                insert into place (external_id, name, country_code, population, latitude, longitude, routes, roles, created_by)
                values (:ref, :name, 'NE', 120000, 17.0, 7.0, '{central_med}', '{transit}', 'test') returning id""")
                .param("ref", "place:lonely-" + RUN).param("name", "Lonely " + RUN).query(Long.class).single();
        CityMetrics c = network.refresh().all().city(lonely).orElseThrow();
        assertThat(c.degree()).isZero();
        assertThat(c.constraint()).isNull();
        assertThat(c.betweenness()).isZero();
        assertThat(c.connectedness()).isZero();
        assertThat(c.nearest()).isNotNull();
        assertThat(c.nearest().hops()).as("no path from a city without ties").isNull();
        assertThat(c.positions()).containsExactly(new RoutePosition("central_med", "transit", false));
        assertThat(network.latest().orElseThrow().all().underConnected("central_med", "NE"))
                .anySatisfy(u -> assertThat(u.city().placeId()).isEqualTo(lonely));
    }
}
