package org.crossroads.learning.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.crossroads.shared.dataset.DatasetSettings;
import org.crossroads.learning.capabilities.CapabilityFrameworkImport;
import org.crossroads.learning.capabilities.CapabilityFrameworks;
import org.crossroads.learning.surveys.SurveyTemplates;
import org.crossroads.shared.tabular.ImportContext;
import org.crossroads.shared.tabular.ImportOptions;
import org.crossroads.shared.tabular.ImportReport;
import org.crossroads.shared.tabular.ImportRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On first start: the Five Core Capabilities framework and the default survey templates (always, the
 * module needs them), and the 16 MC2CM peer-learning events of seed 000 Annex Table 2 (with the
 * built-in dataset, after the directory's cities and networks it refers to).
 */
@Component
@Order(30)
public class BuiltInLearningData implements ApplicationRunner {

    public static final String ACTOR = "built-in dataset";
    private static final Logger log = LoggerFactory.getLogger(BuiltInLearningData.class);

    private final CapabilityFrameworks frameworks;
    private final CapabilityFrameworkImport frameworkImport;
    private final SurveyTemplates templates;
    private final ImportRunner runner;
    private final DatasetSettings settings;
    private final JdbcClient jdbc;

    BuiltInLearningData(CapabilityFrameworks frameworks, CapabilityFrameworkImport frameworkImport,
            SurveyTemplates templates, ImportRunner runner, DatasetSettings settings, JdbcClient jdbc) {
        this.frameworks = frameworks;
        this.frameworkImport = frameworkImport;
        this.templates = templates;
        this.runner = runner;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (frameworks.findByCode(CapabilityFrameworks.FIVE_CORE_CAPABILITIES).isEmpty()) {
            try (InputStream in = new ClassPathResource("learning/five-core-capabilities.csv").getInputStream()) {
                frameworkImport.load(CapabilityFrameworks.FIVE_CORE_CAPABILITIES, Map.of(
                        "en", "Five Core Capabilities", "fr", "Les cinq capacités fondamentales",
                        "ar", "القدرات الأساسية الخمس", "es", "Las cinco capacidades básicas"),
                        "Baser and Morgan (2008), as adapted in EIP (2023), \"Leveraging the potential of peer learning for local "
                        + "governments: A review of the Mediterranean City-to-City Migration project\", section 5", in);
            }
        }
        if (templates.count() == 0) {
            try (InputStream in = new ClassPathResource("learning/survey-templates.json").getInputStream()) {
                templates.loadDefaults(in, ACTOR);
            }
        }
        if (settings.load() && !jdbc.sql("select exists(select 1 from learning_event)").query(Boolean.class).single()) {
            try (InputStream in = new ClassPathResource("learning/events.csv").getInputStream()) {
                ImportReport report = runner.run("events", "events.csv", in, ImportOptions.ALL_OR_NOTHING,
                        new ImportContext(ACTOR, Locale.ENGLISH, false));
                if (report.hasErrors()) {
                    log.error("The built-in events were not loaded: {}", report.problems());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
