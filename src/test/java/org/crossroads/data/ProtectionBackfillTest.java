package org.crossroads.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossroads.IntegrationTest;
import org.crossroads.directory.Places;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The start-up backfill of small-count protection: it finds each (indicator, place) table with values and no
 * protection at the configured threshold — never worked out, or worked out at another threshold — and works
 * it out; when every table is protected it finds nothing and changes nothing.
 */
@IntegrationTest
class ProtectionBackfillTest {

    @Autowired ApplicationContext context;
    @Autowired ProtectionBackfill backfill;
    @Autowired SmallCountProtection protection;
    @Autowired Places places;
    @Autowired JdbcClient jdbc;
    long indicator;
    long thies;

    @BeforeEach
    void storedValues() {
        AnalyticsFixtures.load(context);
        indicator = jdbc.sql("select id from indicator where code = :c").param("c", AnalyticsFixtures.INDICATOR)
                .query(Long.class).single();
        thies = places.resolve("Thiès, SN").orElseThrow().id();
        backfill.run();
    }

    @Test
    void aTableWithoutProtectionIsWorkedOutAndThenThereIsNothingToDo() {
        jdbc.sql("delete from data_protected where indicator_id = :i and place_id = :p")
                .param("i", indicator).param("p", thies).update();
        assertThat(threshold()).isZero();

        assertThat(backfill.run()).isEqualTo(1);
        assertThat(threshold()).isEqualTo(protection.threshold());
        assertThat(backfill.run()).as("nothing left to do").isZero();
    }

    @Test
    void aTableProtectedAtAnotherThresholdIsWorkedOutAgain() {
        jdbc.sql("update data_protected set threshold = :t where indicator_id = :i and place_id = :p")
                .param("t", protection.threshold() + 7).param("i", indicator).param("p", thies).update();

        assertThat(backfill.run()).isEqualTo(1);
        assertThat(threshold()).isEqualTo(protection.threshold());
    }

    private int threshold() {
        return jdbc.sql("select coalesce(max(threshold), 0) from data_protected where indicator_id = :i and place_id = :p")
                .param("i", indicator).param("p", thies).query(Integer.class).single();
    }
}
