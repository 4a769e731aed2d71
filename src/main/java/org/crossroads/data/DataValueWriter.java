package org.crossroads.data;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes checked values in bulk, inside the caller's transaction so that a batch is stored whole or not
 * at all. The rows are first copied into a temporary table (no write-ahead log) only to find which of
 * them already exist; corrections then keep their previous version in the history and are updated in
 * one statement, and new values are copied straight into {@code data_value}: PostgreSQL's COPY writes
 * rows page by page, where an {@code insert ... select} or an upsert pays per row (docs/benchmarks.md).
 * Imports take a transaction-scoped lock so that a value found new stays new until the batch commits.
 */
@Component
class DataValueWriter {

    /** Serialises writers of imported values (any constant; pg_advisory_xact_lock takes a bigint). */
    private static final long IMPORT_LOCK = 0x0DA7A_1A9L;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    DataValueWriter(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    record Written(int created, int updated) {}

    /** @param scope the indicators, places and periods of {@code values} */
    Written write(List<StagedValue> values, StagedValue.Scope scope, String actor, Long batchId) {
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", IMPORT_LOCK).query((rs, n) -> 1).list();
        lockReferences(scope, batchId);
        jdbc.sql("""
                create temp table if not exists data_stage (row_no integer, indicator_id bigint, place_id bigint, period text,
                    combination text, value numeric, source text, method_note text, quality text,
                    confidentiality text) on commit drop""").update();
        jdbc.sql("truncate data_stage").update();
        copy("copy data_stage from stdin (format csv)", values, i -> true, (v, i, csv) -> csv.append(i).append(',')
                .append(v.indicatorId()).append(',').append(v.placeId()).append(',').append(CsvCopy.quote(v.period())).append(',')
                .append(CsvCopy.quote(v.combination())).append(',').append(v.value().toPlainString()).append(',')
                .append(CsvCopy.nullable(v.source())).append(',').append(CsvCopy.nullable(v.methodNote())).append(',')
                .append(CsvCopy.quote(v.quality())).append(',').append(CsvCopy.quote(v.confidentiality())));
        // a temporary table has no statistics: without them the planner joins it row by row
        jdbc.sql("analyze data_stage (indicator_id, place_id, period, combination)").update();
        BitSet existing = new BitSet(values.size());
        int[] changed = {0};
        jdbc.sql("""
                select s.row_no, (v.value, v.source, v.method_note, v.quality, v.confidentiality)
                       is distinct from (s.value, s.source, s.method_note, s.quality, s.confidentiality)
                from data_stage s join data_value v using (indicator_id, place_id, period, combination)""")
                .query(rs -> {
                    existing.set(rs.getInt(1));
                    if (rs.getBoolean(2)) {
                        changed[0]++;
                    }
                });
        if (changed[0] > 0) {
            correct(actor, batchId);
        }
        String columns = "indicator_id, place_id, period, period_start, combination, categories, value, source, method_note,"
                + " quality, confidentiality, batch_id, created_by";
        String tail = "," + (batchId == null ? "" : batchId.toString()) + "," + CsvCopy.quote(actor);
        copy("copy data_value (" + columns + ") from stdin (format csv)", values, i -> !existing.get(i), (v, i, csv) -> csv
                .append(v.indicatorId()).append(',').append(v.placeId()).append(',').append(CsvCopy.quote(v.period())).append(',')
                .append(v.periodStart()).append(',').append(CsvCopy.quote(v.combination())).append(',')
                .append(CsvCopy.quote(v.categoriesJson())).append(',').append(v.value().toPlainString()).append(',')
                .append(CsvCopy.nullable(v.source())).append(',').append(CsvCopy.nullable(v.methodNote())).append(',')
                .append(CsvCopy.quote(v.quality())).append(',').append(CsvCopy.quote(v.confidentiality())).append(tail));
        int created = values.size() - existing.cardinality();
        Statistics.refreshIfGrown(jdbc, "data_value", created);
        return new Written(created, changed[0]);
    }

    /**
     * What foreign keys would check for every row, once per batch (decision 0009): each indicator, place and
     * batch the values refer to exists, and is locked so that it cannot be deleted before this batch commits.
     */
    private void lockReferences(StagedValue.Scope scope, Long batchId) {
        lock("indicator", scope.indicatorIds());
        lock("place", scope.placeIds());
        if (batchId != null) {
            lock("data_import_batch", Set.of(batchId));
        }
    }

    private void lock(String table, Set<Long> ids) {
        int found = jdbc.sql("select id from " + table + " where id = any(:ids) for key share")
                .param("ids", ids.toArray(Long[]::new)).query((rs, n) -> rs.getLong(1)).list().size();
        if (found != ids.size()) {
            throw new IllegalStateException("A " + table.replace('_', ' ') + " of this batch was deleted meanwhile.");
        }
    }

    /** Existing values that differ: the previous version goes to the history, then the value is updated. */
    private void correct(String actor, Long batchId) {
        String differs = """
                (v.value, v.source, v.method_note, v.quality, v.confidentiality)
                is distinct from (s.value, s.source, s.method_note, s.quality, s.confidentiality)""";
        jdbc.sql("""
                insert into data_value_history (value_id, value, source, method_note, quality, confidentiality, changed_by, batch_id)
                select v.id, v.value, v.source, v.method_note, v.quality, v.confidentiality, :actor, :batch
                from data_value v join data_stage s using (indicator_id, place_id, period, combination)
                where""" + " " + differs).param("actor", actor).param("batch", batchId).update();
        jdbc.sql("""
                update data_value v set value = s.value, source = s.source, method_note = s.method_note, quality = s.quality,
                    confidentiality = s.confidentiality, batch_id = :batch, updated_by = :actor, updated_at = now(),
                    version = v.version + 1
                from data_stage s
                where s.indicator_id = v.indicator_id and s.place_id = v.place_id and s.period = v.period
                  and s.combination = v.combination and""" + " " + differs)
                .param("actor", actor).param("batch", batchId).update();
    }

    private interface CsvLine {
        void append(StagedValue value, int rowNo, StringBuilder csv);
    }

    private void copy(String sql, List<StagedValue> values, IntPredicate include, CsvLine line) {
        CsvCopy copy = new CsvCopy(dataSource, sql);
        for (int i = 0; i < values.size(); i++) {
            if (include.test(i)) {
                line.append(values.get(i), i, copy.row());
                copy.endRow();
            }
        }
        copy.finish();
    }
}
