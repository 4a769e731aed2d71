package org.crossroads.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its files. Used only when no external server is configured
 * through {@code spring.datasource.url} (environment variable SPRING_DATASOURCE_URL).
 *
 * @param dataDirectory folder holding the cluster between runs
 * @param port TCP port on loopback; 0 picks a free one
 * @param cleanOnStart wipe the folder at start (tests)
 */
@ConfigurationProperties("crossroads.database.embedded")
public record EmbeddedDatabaseSettings(String dataDirectory, int port, boolean cleanOnStart) {

    public EmbeddedDatabaseSettings {
        if (dataDirectory == null || dataDirectory.isBlank()) {
            dataDirectory = "data/postgres";
        }
    }
}
