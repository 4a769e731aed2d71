package org.crossroads.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossroads.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Bulk writes bring the planner's statistics up to date in their own transaction, so the next import is planned right. */
@IntegrationTest
class StatisticsTest {

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    double rows(String table) {
        return jdbc.sql("select reltuples from pg_class where oid = cast(:t as regclass)").param("t", table).query(Double.class).single();
    }

    @Test
    void aTableThatGrewByATenthIsAnalysedAndASmallChangeIsNot() {
        jdbc.sql("drop table if exists statistics_probe").update();
        jdbc.sql("create table statistics_probe (n integer)").update();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("insert into statistics_probe select generate_series(1, 5000)").update();
            Statistics.refreshIfGrown(jdbc, "statistics_probe", 5000);
        });
        assertThat(rows("statistics_probe")).isEqualTo(5000);

        transactions.executeWithoutResult(status -> {
            jdbc.sql("insert into statistics_probe select generate_series(1, 100)").update();
            Statistics.refreshIfGrown(jdbc, "statistics_probe", 100);
        });
        assertThat(rows("statistics_probe")).as("100 rows are too few to pay for an analysis").isEqualTo(5000);
        jdbc.sql("drop table statistics_probe").update();
    }
}
