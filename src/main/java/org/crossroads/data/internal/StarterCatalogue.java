package org.crossroads.data.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.data.CatalogueEditing;
import org.crossroads.data.DataCatalogue;
import org.crossroads.data.DataImport;
import org.crossroads.data.DataImportJobs;
import org.crossroads.data.DataImportReport;
import org.crossroads.data.IndicatorDraft;
import org.crossroads.shared.dataset.DatasetSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * On first start: the starter catalogue (dimensions and indicators of {@code data/catalogue.json}) and,
 * with the built-in dataset, the figures the seed reports give for cities ({@code data/values.csv}),
 * loaded through the same import as users' files.
 */
@Component
@Order(41)
class StarterCatalogue implements ApplicationRunner {

    static final String ACTOR = "built-in dataset";
    private static final Logger log = LoggerFactory.getLogger(StarterCatalogue.class);

    private final DataCatalogue catalogue;
    private final CatalogueEditing editing;
    private final DataImportJobs imports;
    private final DatasetSettings settings;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    StarterCatalogue(DataCatalogue catalogue, CatalogueEditing editing, DataImportJobs imports, DatasetSettings settings,
            JdbcClient jdbc, JsonMapper json) {
        this.catalogue = catalogue;
        this.editing = editing;
        this.imports = imports;
        this.settings = settings;
        this.jdbc = jdbc;
        this.json = json;
    }

    record File(String source, List<DimensionFile> dimensions, List<IndicatorFile> indicators) {}

    record DimensionFile(String code, Map<String, String> name, List<CategoryFile> categories) {}

    record CategoryFile(String code, Map<String, String> name) {}

    record IndicatorFile(String code, String unit, String valueType, String aggregation, List<String> dimensions,
            Map<String, String> name, Map<String, String> definition, List<String> sourceTypes, List<String> domains,
            List<Integer> gcmObjectives, List<String> sdgTargets, Boolean proxy, String formula, Integer decimals) {}

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (catalogue.indicators().isEmpty()) {
            File file;
            try (InputStream in = new ClassPathResource("data/catalogue.json").getInputStream()) {
                file = json.readValue(in, File.class);
            }
            for (DimensionFile d : file.dimensions()) {
                editing.putDimension(d.code(), d.name(), d.categories().stream()
                        .map(c -> new CatalogueEditing.CategoryDraft(c.code(), c.name())).toList(), ACTOR);
            }
            // inputs before the indicators computed from them
            file.indicators().stream().sorted(Comparator.comparing(i -> i.formula() != null))
                    .forEach(i -> editing.putIndicator(new IndicatorDraft(i.code(), i.name(), i.definition(), i.unit(),
                            i.valueType(), i.aggregation(), i.dimensions(), i.domains(), i.gcmObjectives(), i.sdgTargets(),
                            i.sourceTypes(), Boolean.TRUE.equals(i.proxy()), i.formula(), i.decimals() == null ? 0 : i.decimals(),
                            file.source()), ACTOR));
        }
        ClassPathResource values = new ClassPathResource("data/values.csv");
        if (settings.load() && values.exists()
                && !jdbc.sql("select exists (select 1 from data_value)").query(Boolean.class).single()) {
            try (InputStream in = values.getInputStream()) {
                DataImportReport report = imports.runNow("values.csv", in,
                        new DataImport.Options(false, false, ACTOR, Locale.ENGLISH, null));
                if (report.hasProblems()) {
                    log.error("The built-in data values were not loaded: {}", report.problems());
                }
            }
        }
    }
}
