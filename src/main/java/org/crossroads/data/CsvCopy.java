package org.crossroads.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows written as CSV into PostgreSQL's {@code COPY … FROM STDIN}, on the connection of the caller's
 * transaction, a chunk at a time so that a million rows never sit in one string.
 */
final class CsvCopy {

    private static final int CHUNK_ROWS = 50_000;

    private final DataSource dataSource;
    private final String sql;
    private final StringBuilder csv = new StringBuilder();
    private int rows;
    private int pending;

    /** @param sql a {@code copy … from stdin (format csv)} statement */
    CsvCopy(DataSource dataSource, String sql) {
        this.dataSource = dataSource;
        this.sql = sql;
    }

    /** The current row, to append its fields to (separated by commas). */
    StringBuilder row() {
        return csv;
    }

    void endRow() {
        csv.append('\n');
        rows++;
        if (++pending == CHUNK_ROWS) {
            flush();
        }
    }

    /** Copies what is left. @return the rows copied in all */
    int finish() {
        flush();
        return rows;
    }

    private void flush() {
        if (pending == 0) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy rows into the database: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        csv.setLength(0);
        pending = 0;
    }

    /** Quoted, so that an empty text stays an empty text (an unquoted empty field is NULL in COPY's CSV). */
    static String quote(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** Empty (NULL) for null, else quoted. */
    static String nullable(String text) {
        return text == null ? "" : quote(text);
    }
}
