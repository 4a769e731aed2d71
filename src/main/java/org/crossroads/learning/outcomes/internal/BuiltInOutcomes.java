package org.crossroads.learning.outcomes.internal;

import org.crossroads.learning.internal.BuiltInLearningData;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crossroads.shared.dataset.DatasetSettings;
import org.crossroads.learning.events.LearningEvent;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.learning.outcomes.OutcomeDraft;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.learning.outcomes.OutcomeStatement;
import org.crossroads.learning.outcomes.OutcomeStatements;
import org.crossroads.shared.tabular.TranslationColumns;
import org.crossroads.shared.validation.InvalidEntryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * On first start with the built-in dataset, when there is no outcome statement yet: the outcomes that seed
 * 000 (the EIP review of MC2CM, sections 4 and 5) reports, from {@code learning/outcomes.csv}, stored as
 * validated — the review substantiated them. After the events ({@link BuiltInLearningData}) they may refer to.
 */
@Component
@Order(31)
class BuiltInOutcomes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BuiltInOutcomes.class);

    private final OutcomeHarvest harvest;
    private final OutcomeStatements statements;
    private final LearningEvents events;
    private final DatasetSettings settings;

    BuiltInOutcomes(OutcomeHarvest harvest, OutcomeStatements statements, LearningEvents events, DatasetSettings settings) {
        this.harvest = harvest;
        this.statements = statements;
        this.events = events;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!settings.load() || statements.count() > 0) {
            return;
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = new InputStreamReader(new ClassPathResource("learning/outcomes.csv").getInputStream(), StandardCharsets.UTF_8)) {
            int loaded = 0;
            for (CSVRecord row : format.parse(in)) {
                try {
                    harvest.recordValidated(draft(row), row.get("substantiation"), BuiltInLearningData.ACTOR);
                    loaded++;
                } catch (InvalidEntryException e) {
                    log.error("Built-in outcome on line {} was not loaded: {}", row.getRecordNumber() + 1, e.errors());
                }
            }
            log.info("Loaded {} built-in outcome statements", loaded);
        }
    }

    private OutcomeDraft draft(CSVRecord row) {
        List<Long> eventIds = new ArrayList<>();
        for (String externalId : list(row.get("events"))) {
            events.findByExternalId(externalId).map(LearningEvent::id).ifPresentOrElse(eventIds::add,
                    () -> log.error("Built-in outcome names an unknown event {}", externalId));
        }
        String observed = row.get("observed_on");
        return new OutcomeDraft(row.get("change_agent"), row.get("change_type"), row.get("description"),
                observed.isBlank() ? null : LocalDate.parse(observed), row.get("city"), row.get("significance"),
                row.get("contribution"), row.get("source"), row.get("evidence"), Boolean.parseBoolean(row.get("chatham_house")),
                eventIds, list(row.get("peer_cities")), row.get("inspired_by_city"), row.get("inspired_by_initiative"),
                row.get("inspired_by_practice"), row.get("network"),
                list(row.get("capabilities")).stream().map(OutcomeDraft.CapabilityTag::parse).toList(),
                row.get("language"), translations(row));
    }

    /** description_fr, significance_ar, …: the statement in the languages besides English (issue 12 §2). */
    private static Map<String, Map<String, String>> translations(CSVRecord row) {
        return TranslationColumns.read(OutcomeStatement.TRANSLATED,
                (field, column) -> row.isMapped(column) ? Optional.of(row.get(column)) : Optional.empty());
    }

    private static List<String> list(String cell) {
        return cell == null ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
