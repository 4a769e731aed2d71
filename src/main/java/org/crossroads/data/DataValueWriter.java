package org.crossroads.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes checked values in bulk: COPY into a temporary table, then one statement keeps the previous
 * version of every changed value in the history and one upserts them. Runs inside the caller's
 * transaction, so a batch is stored whole or not at all.
 */
@Component
class DataValueWriter {

    private static final int COPY_CHUNK = 50_000;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    DataValueWriter(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    record Written(int created, int updated) {}

    Written write(List<StagedValue> values, String actor, Long batchId) {
        jdbc.sql("""
                create temp table if not exists data_stage (indicator_id bigint, place_id bigint, period text,
                    period_start date, combination text, categories jsonb, value numeric, source text,
                    method_note text, quality text, confidentiality text) on commit drop""").update();
        jdbc.sql("truncate data_stage").update();
        copy(values);
        // a temporary table has no statistics: without them the planner joins it row by row
        jdbc.sql("analyze data_stage").update();
        jdbc.sql("""
                insert into data_value_history (value_id, value, source, method_note, quality, confidentiality, changed_by, batch_id)
                select v.id, v.value, v.source, v.method_note, v.quality, v.confidentiality, :actor, :batch
                from data_value v join data_stage s using (indicator_id, place_id, period, combination)
                where (v.value, v.source, v.method_note, v.quality, v.confidentiality)
                      is distinct from (s.value, s.source, s.method_note, s.quality, s.confidentiality)""")
                .param("actor", actor).param("batch", batchId).update();
        List<Boolean> inserted = jdbc.sql("""
                insert into data_value (indicator_id, place_id, period, period_start, combination, categories, value, source,
                    method_note, quality, confidentiality, batch_id, created_by)
                select indicator_id, place_id, period, period_start, combination, categories, value, source, method_note,
                    quality, confidentiality, :batch, :actor from data_stage
                on conflict (indicator_id, place_id, period, combination) do update set value = excluded.value,
                    source = excluded.source, method_note = excluded.method_note, quality = excluded.quality,
                    confidentiality = excluded.confidentiality, batch_id = excluded.batch_id, updated_by = :actor,
                    updated_at = now(), version = data_value.version + 1
                where (data_value.value, data_value.source, data_value.method_note, data_value.quality, data_value.confidentiality)
                      is distinct from (excluded.value, excluded.source, excluded.method_note, excluded.quality, excluded.confidentiality)
                returning (xmax = 0)""").param("actor", actor).param("batch", batchId).query(Boolean.class).list();
        int created = (int) inserted.stream().filter(Boolean::booleanValue).count();
        return new Written(created, inserted.size() - created);
    }

    private void copy(List<StagedValue> values) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            for (int from = 0; from < values.size(); from += COPY_CHUNK) {
                StringBuilder csv = new StringBuilder();
                for (StagedValue v : values.subList(from, Math.min(values.size(), from + COPY_CHUNK))) {
                    csv.append(v.indicatorId()).append(',').append(v.placeId()).append(',').append(quote(v.period())).append(',')
                       .append(v.periodStart()).append(',').append(quote(v.combination())).append(',')
                       .append(quote(v.categoriesJson())).append(',').append(v.value().toPlainString()).append(',')
                       .append(nullable(v.source())).append(',').append(nullable(v.methodNote())).append(',')
                       .append(quote(v.quality())).append(',').append(quote(v.confidentiality())).append('\n');
                }
                pg.getCopyAPI().copyIn("copy data_stage from stdin (format csv)", new StringReader(csv.toString()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy the values into the database: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Quoted, so that an empty text stays an empty text (an unquoted empty field is NULL in COPY's CSV). */
    private static String quote(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static String nullable(String text) {
        return text == null ? "" : quote(text);
    }
}
