package org.crossroads.directory.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.crossroads.directory.DirectorySettings;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the GeoNames gazetteer (gzip TSV, see tools/gazetteer/README.md) into table {@code place} on
 * the first start, with PostgreSQL COPY in one transaction. Runs before the built-in dataset is
 * imported, which names its cities by gazetteer references.
 */
@Component
@Order(10)
class GazetteerLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GazetteerLoader.class);
    static final String COPY = """
            copy place (geonames_id, name, alternate_name, country_code, admin_code, feature_code, population,
                        latitude, longitude)
            from stdin (format text, null '')""";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ResourceLoader resources;
    private final DirectorySettings settings;

    GazetteerLoader(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transaction, ResourceLoader resources,
            DirectorySettings settings) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.resources = resources;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.loadGazetteer()) {
            transaction.executeWithoutResult(status -> loadUnlessPresent());
        }
    }

    private void loadUnlessPresent() {
        // Two instances starting on one database at once: the second waits, then finds the rows.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('crossroads.gazetteer'))").query((rs, row) -> row).single();
        if (jdbc.sql("select exists(select 1 from place where geonames_id is not null)").query(Boolean.class).single()) {
            return;
        }
        Resource source = resources.getResource(settings.gazetteerLocation());
        if (!source.exists()) {
            log.warn("No gazetteer at {}: only places added by hand can be referred to", settings.gazetteerLocation());
            return;
        }
        long started = System.nanoTime();
        long rows = copy(source);
        jdbc.sql("analyze place").update();
        log.info("Loaded {} gazetteer places from {} in {} ms", rows, settings.gazetteerLocation(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private long copy(Resource source) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Reader reader = new InputStreamReader(new GZIPInputStream(source.getInputStream(), 1 << 16),
                StandardCharsets.UTF_8)) {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, reader, 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the gazetteer " + settings.gazetteerLocation(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load the gazetteer " + settings.gazetteerLocation(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
