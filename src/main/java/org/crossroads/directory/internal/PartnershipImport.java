package org.crossroads.directory.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.directory.PartnershipDraft;
import org.crossroads.directory.PartnershipEditing;
import org.crossroads.directory.Places;
import org.crossroads.directory.Saved;
import org.crossroads.shared.tabular.Cells;
import org.crossroads.shared.tabular.Column;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.tabular.DatePeriod;
import org.crossroads.shared.tabular.ImportContext;
import org.crossroads.shared.tabular.ImportKey;
import org.crossroads.shared.tabular.Problems;
import org.crossroads.shared.tabular.SourceRow;
import org.crossroads.shared.tabular.TabularImport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** City-to-city partnerships, updated on re-import by the pair of cities and the kind. */
@Component
class PartnershipImport implements TabularImport {

    static final List<Column> COLUMNS = List.of(
            new Column("place_a", "#loc+name+a", "Sfax, TN"),
            new Column("place_b", "#loc+name+b", "Dakar, SN"),
            new Column("kind", "#meta+kind", "twinning").withVocabulary(Vocabularies.PARTNERSHIP_KIND),
            new Column("topics", "#sector", "social_cohesion").withVocabulary(Vocabularies.THEME),
            new Column("since", "#date+start", ""),
            new Column("until", "#date+end", ""),
            new Column("source", "#meta+source", "MMC and UNHCR (2022), \"Going to town\", section 3.1"));

    private final PartnershipEditing editing;
    private final Places places;
    private final MessageSource messages;

    PartnershipImport(PartnershipEditing editing, MessageSource messages, Places places) {
        this.editing = editing;
        this.places = places;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return "partnerships";
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    /** The partnership of A and B is the one of B and A. */
    @Override
    public ImportKey key() {
        return ImportKey.of("place_a", "place_b", "kind").comparing("place_a", places::canonicalReference)
                .comparing("place_b", places::canonicalReference).ignoringCase("kind").firstTwoUnordered();
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("place_a", "place_b", "kind", "source");
    }

    @Override
    public Optional<RowOutcome> importRow(SourceRow row, Cells cells, Problems problems, ImportContext context) {
        int before = problems.total();
        String a = cells.text(row, "place_a", true, 200).orElse("");
        String b = cells.text(row, "place_b", true, 200).orElse("");
        String kind = cells.text(row, "kind", true, 100).orElse("");
        List<String> topics = cells.list(row, "topics", ";");
        DatePeriod period = cells.period(row, "since", "until");
        String source = cells.text(row, "source", true, 1000).orElse("");
        if (problems.total() > before) {
            return Optional.empty();
        }
        try {
            Saved saved = editing.upsert(new PartnershipDraft(a, b, kind, topics, period.start(),
                    period.end(), source), context.actor());
            return Optional.of(saved.created() ? RowOutcome.CREATED : RowOutcome.UPDATED);
        } catch (InvalidEntryException e) {
            problems.add(row.rowNumber(), e.errors(), messages);
            return Optional.empty();
        }
    }
}
