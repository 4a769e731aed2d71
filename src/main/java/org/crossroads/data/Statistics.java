package org.crossroads.data;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the planner's statistics in step with bulk writes. Autovacuum analyses a table only a minute or
 * more after it changed, and an import straight after another one would otherwise be planned as if the
 * table still had its old size: a re-import of 200,000 values joined them row by row against what the
 * planner took for a three-row table, and took minutes instead of seconds (docs/benchmarks.md).
 */
final class Statistics {

    private Statistics() {
    }

    /** Analyses the table (in the current transaction, which counts its own new rows) when it grew by a tenth or more. */
    static void refreshIfGrown(JdbcClient jdbc, String table, long added) {
        if (added < 1_000) {
            return;
        }
        double known = jdbc.sql("select reltuples from pg_class where oid = cast(:t as regclass)").param("t", table)
                .query(Double.class).single();
        if (known < 0 || added * 10L >= known) {
            jdbc.sql("analyze " + table).update();
        }
    }
}
