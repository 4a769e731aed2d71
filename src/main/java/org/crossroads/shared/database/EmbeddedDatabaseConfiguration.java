package org.crossroads.shared.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no external server is configured, so that the README's run and
 * test commands need nothing installed. The pool wraps the server because an unpooled data source
 * costs a connection per query.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseSettings settings) {
        try {
            Path dir = Path.of(settings.dataDirectory()).toAbsolutePath();
            Files.createDirectories(dir);
            // after a kill -9 the previous run's server still holds the directory (decision 0005)
            LeftoverServer.stopIfAny(dir);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(settings.cleanOnStart())
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("shared_buffers", "128MB")
                    .setServerConfig("work_mem", "16MB")
                    // the embedded server's defaults turn durability off; data kept between runs must survive a
                    // crash (a throw-away test database may skip it: it is wiped at every start)
                    .setServerConfig("fsync", settings.cleanOnStart() ? "off" : "on")
                    .setServerConfig("synchronous_commit", settings.cleanOnStart() ? "off" : "on")
                    .setServerConfig("full_page_writes", settings.cleanOnStart() ? "off" : "on");
            if (settings.port() > 0) {
                builder.setPort(settings.port());
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(20);
        config.setPoolName("crossroads-embedded");
        config.setLeakDetectionThreshold(60_000); // logs a stack trace for a connection held a minute
        return new HikariDataSource(config);
    }
}
