package org.crossroads.inventory.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.inventory.InitiativeColumns;
import org.crossroads.inventory.InitiativeDraft;
import org.crossroads.inventory.InitiativeEditing;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.inventory.search.InitiativeSearch;
import org.crossroads.shared.tabular.Cells;
import org.crossroads.shared.tabular.Column;
import org.crossroads.shared.tabular.DatePeriod;
import org.crossroads.shared.tabular.ImportContext;
import org.crossroads.shared.tabular.ImportKey;
import org.crossroads.shared.tabular.Problems;
import org.crossroads.shared.tabular.SourceRow;
import org.crossroads.shared.tabular.TabularImport;
import org.crossroads.shared.tabular.TranslationColumns;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Initiatives from CSV/XLSX in the format of {@link InitiativeColumns}; re-import updates by external id. */
@Component
class InitiativeImport implements TabularImport {

    private final InitiativeEditing editing;
    private final InitiativeSearch search;
    private final MessageSource messages;

    InitiativeImport(InitiativeEditing editing, InitiativeSearch search, MessageSource messages) {
        this.editing = editing;
        this.search = search;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return "initiatives";
    }

    @Override
    public List<Column> columns() {
        return InitiativeColumns.ALL;
    }

    /** An initiative is updated on re-import by its external id. */
    @Override
    public ImportKey key() {
        return ImportKey.of("external_id");
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("external_id", "name", "activity_type", "source");
    }

    @Override
    public Optional<RowOutcome> importRow(SourceRow row, Cells cells, Problems problems, ImportContext context) {
        int before = problems.total();
        DatePeriod period = cells.period(row, "start", "end");
        Map<String, Map<String, String>> translations = TranslationColumns.read(List.of("name", "summary"),
                (field, column) -> cells.text(row, column, false, "name".equals(field) ? 300 : 5000));
        var draft = new InitiativeDraft(
                cells.text(row, "external_id", true, 120).orElse(""),
                cells.text(row, "name", true, 300).orElse(""),
                cells.text(row, "summary", false, 5000).orElse(null),
                cells.vocabulary(row, "activity_type", Vocabularies.ACTIVITY_TYPE).orElse(""),
                cells.vocabularyList(row, "themes", Vocabularies.THEME),
                cells.list(row, "cities", ";"),
                cells.countryCodes(row, "countries"),
                cells.bool(row, "network_wide").orElse(false),
                cells.list(row, "networks", ";"),
                cells.list(row, "implementers", ";"),
                cells.list(row, "partners", ";"),
                cells.list(row, "donors", ";"),
                period.start(), period.end(),
                cells.vocabulary(row, "status", Vocabularies.STATUS).orElse("active"),
                cells.urlList(row, "links"),
                cells.numberedVocabularyList(row, "gcm_objectives", Vocabularies.GCM_OBJECTIVE),
                cells.numberedVocabularyList(row, "gcr_objectives", Vocabularies.GCR_OBJECTIVE),
                cells.vocabularyList(row, "sdg_targets", Vocabularies.SDG_TARGET),
                cells.numberedVocabularyList(row, "lampedusa_principles", Vocabularies.LAMPEDUSA_PRINCIPLE),
                cells.vocabularyList(row, "routes", Vocabularies.ROUTE),
                translations,
                cells.text(row, "source", true, 1000).orElse(""),
                cells.text(row, "language", false, 2).orElse("en"));
        if (problems.total() > before) {
            // report the other fields' problems too (unknown cities, organisations), so one check finds them all
            var reported = problems.list().stream().filter(p -> p.row() == row.rowNumber()).map(p -> p.column())
                    .collect(java.util.stream.Collectors.toSet());
            problems.add(row.rowNumber(), editing.problems(draft).stream().filter(e -> !reported.contains(e.field())).toList(),
                    messages);
            return Optional.empty();
        }
        try {
            InitiativeEditing.Outcome outcome = editing.upsert(draft, context.actor(), context.propose() ? "proposed" : "published");
            return Optional.of(outcome == InitiativeEditing.Outcome.CREATED ? RowOutcome.CREATED : RowOutcome.UPDATED);
        } catch (InvalidEntryException e) {
            problems.add(row.rowNumber(), e.errors(), messages);
            return Optional.empty();
        }
    }

    @Override
    public void afterCommit() {
        search.rebuild();
    }
}
