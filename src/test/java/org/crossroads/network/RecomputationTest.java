package org.crossroads.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.crossroads.IntegrationTest;
import org.crossroads.directory.PartnershipDraft;
import org.crossroads.directory.PartnershipEditing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A change to a record the graph comes from is taken in by a computation in the background: the test
 * only saves the record and watches the snapshot readers get, it never asks for a computation.
 */
@IntegrationTest
class RecomputationTest {

    static final String RUN = Long.toString(System.nanoTime(), 36);

    @Autowired CooperationNetwork network;
    @Autowired PartnershipEditing partnerships;
    @Autowired JdbcClient jdbc;

    @Test
    void aNewPartnershipReachesTheSnapshotWithoutAskingForIt() {
        List<Long> ids = List.of("North", "South").stream().map(side -> jdbc.sql("""
                insert into place (external_id, name, country_code, population, latitude, longitude, created_by)
                values (:ref, :name, 'AQ', 60000, -70.0, 20.0, 'test') returning id""")
                .param("ref", "place:recompute-" + side + "-" + RUN).param("name", "Recompute " + side + " " + RUN)
                .query(Long.class).single()).toList();
        assertThat(network.latest()).as("computed before the tests start").isPresent();

        partnerships.upsert(new PartnershipDraft("place:recompute-North-" + RUN, "place:recompute-South-" + RUN,
                "project_partnership", List.of(), null, null, "Test " + RUN), "test");

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(network.latest().orElseThrow().all().city(ids.get(0)))
                        .hasValueSatisfying(c -> assertThat(c.tiesByKind()).containsEntry(TieKind.PROJECT_PARTNERSHIP, 1)));
    }
}
