package org.crossroads.inventory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.shared.dataset.DatasetSettings;
import org.crossroads.shared.tabular.ImportContext;
import org.crossroads.shared.tabular.ImportOptions;
import org.crossroads.shared.tabular.ImportReport;
import org.crossroads.shared.tabular.ImportRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the built-in dataset (the seed reports' networks, cities and initiatives) on first start, file by
 * file through {@link ImportRunner}, exactly as a user's import would run.
 */
@Component
@Order(20)
public class BuiltInDataset implements ApplicationRunner {

    static final List<String> KINDS_IN_ORDER = List.of("organisations", "places", "memberships", "partnerships", "initiatives");
    static final String ACTOR = "built-in dataset";
    private static final Logger log = LoggerFactory.getLogger(BuiltInDataset.class);

    private final ImportRunner runner;
    private final DatasetSettings settings;
    private final ResourceLoader resources;
    private final JdbcClient jdbc;
    private final Map<String, ImportReport> reports = new LinkedHashMap<>();

    BuiltInDataset(ImportRunner runner, DatasetSettings settings, ResourceLoader resources, JdbcClient jdbc) {
        this.runner = runner;
        this.settings = settings;
        this.resources = resources;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.load() || jdbc.sql("select exists(select 1 from initiative)").query(Boolean.class).single()) {
            return;
        }
        for (String kind : KINDS_IN_ORDER) {
            Resource file = resources.getResource(settings.location() + kind + ".csv");
            if (!file.exists()) {
                continue;
            }
            try (InputStream in = file.getInputStream()) {
                ImportReport report = runner.run(kind, kind + ".csv", in, ImportOptions.ALL_OR_NOTHING,
                        new ImportContext(ACTOR, Locale.ENGLISH, false));
                reports.put(kind, report);
                if (report.hasErrors()) {
                    log.error("The built-in {} were not loaded: {}", kind, report.problems());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** What the last load did, by kind (empty when nothing was loaded at this start). */
    public Map<String, ImportReport> reports() {
        return Map.copyOf(reports);
    }
}
