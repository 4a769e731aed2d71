package org.crossroads.learning.events.internal;

import java.util.ArrayList;
import java.util.List;
import org.crossroads.learning.events.LearningEvent;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.crossroads.learning.events.EventColumns;
import org.crossroads.learning.events.EventDraft;
import org.crossroads.learning.events.EventEditing;
import org.crossroads.learning.events.LearningObjective;
import org.crossroads.learning.LearningVocabularies;
import org.crossroads.shared.tabular.Cells;
import org.crossroads.shared.tabular.Column;
import org.crossroads.shared.tabular.DatePeriod;
import org.crossroads.shared.tabular.ImportContext;
import org.crossroads.shared.tabular.ImportKey;
import org.crossroads.shared.tabular.Problems;
import org.crossroads.shared.tabular.SourceRow;
import org.crossroads.shared.tabular.TabularImport;
import org.crossroads.shared.tabular.TranslationColumns;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Events from CSV/XLSX in the format of {@link EventColumns}; re-import updates by external id. */
@Component
class EventImport implements TabularImport {

    private final EventEditing editing;
    private final MessageSource messages;

    EventImport(EventEditing editing, MessageSource messages) {
        this.editing = editing;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return "events";
    }

    @Override
    public List<Column> columns() {
        return EventColumns.ALL;
    }

    @Override
    public ImportKey key() {
        return ImportKey.of("external_id");
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("external_id", "theme", "start", "format", "organisers", "source");
    }

    @Override
    public Optional<RowOutcome> importRow(SourceRow row, Cells cells, Problems problems, ImportContext context) {
        int before = problems.total();
        DatePeriod period = cells.period(row, "start", "end");
        // "2016-07" as in the MC2CM annex: only the month is known
        String precision = row.value("start").strip().matches("\\d{4}-\\d{1,2}") ? "month" : "day";
        var draft = new EventDraft(
                cells.text(row, "external_id", true, 120).orElse(""),
                cells.text(row, "theme", true, 300).orElse(""),
                cells.text(row, "host_city", false, 300).orElse(null),
                period.start(), period.end(), precision,
                cells.vocabulary(row, "format", LearningVocabularies.EVENT_FORMAT).orElse(""),
                cells.list(row, "organisers", ";"),
                cells.list(row, "languages", ";").stream().map(l -> l.toLowerCase(Locale.ROOT)).toList(),
                cells.vocabularyList(row, "methods", LearningVocabularies.LEARNING_METHOD),
                objectives(cells.list(row, "objectives", "|")),
                cells.text(row, "agenda", false, 20000).orElse(null),
                cells.urlList(row, "background_documents"),
                cells.text(row, "learning_report", false, 20000).orElse(null),
                cells.text(row, "source", true, 1000).orElse(""),
                cells.text(row, "language", false, 2).orElse("en"),
                translations(row, cells));
        if (problems.total() > before) {
            var reported = problems.list().stream().filter(p -> p.row() == row.rowNumber()).map(p -> p.column())
                    .collect(java.util.stream.Collectors.toSet());
            problems.add(row.rowNumber(), editing.problems(draft).stream().filter(e -> !reported.contains(e.field())).toList(),
                    messages);
            return Optional.empty();
        }
        try {
            EventEditing.Outcome outcome = editing.upsert(draft, context.actor());
            return Optional.of(outcome == EventEditing.Outcome.CREATED ? RowOutcome.CREATED : RowOutcome.UPDATED);
        } catch (InvalidEntryException e) {
            problems.add(row.rowNumber(), e.errors(), messages);
            return Optional.empty();
        }
    }

    /** {@code theme_fr}, {@code agenda_ar}, … : the event's texts in the languages other than its own. */
    private static Map<String, Map<String, String>> translations(SourceRow row, Cells cells) {
        return TranslationColumns.read(LearningEvent.TRANSLATED,
                (field, column) -> cells.text(row, column, false, "theme".equals(field) ? 300 : 20000));
    }

    /** "Audience: objective" items; an item without a colon is an objective for all participants. */
    static List<LearningObjective> objectives(List<String> items) {
        List<LearningObjective> objectives = new ArrayList<>();
        for (String item : items) {
            int colon = item.indexOf(':');
            if (colon > 0 && colon < item.length() - 1) {
                objectives.add(new LearningObjective(item.substring(0, colon).strip(), item.substring(colon + 1).strip()));
            } else {
                objectives.add(new LearningObjective("All participants", item.strip()));
            }
        }
        return objectives;
    }
}
