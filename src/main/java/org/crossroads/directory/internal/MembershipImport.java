package org.crossroads.directory.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.directory.MembershipDraft;
import org.crossroads.directory.MembershipEditing;
import org.crossroads.directory.Organisations;
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

/** Memberships of cities in organisations, updated on re-import by organisation, place and role. */
@Component
class MembershipImport implements TabularImport {

    static final List<Column> COLUMNS = List.of(
            new Column("organisation", "#org+id", "org:mc2cm"),
            new Column("place", "#loc+name", "Sfax, TN"),
            new Column("role", "#org+role", "member").withVocabulary(Vocabularies.MEMBERSHIP_ROLE),
            new Column("since", "#date+start", "2015"),
            new Column("until", "#date+end", ""),
            new Column("source", "#meta+source", "EIP (2023), \"Leveraging the potential of peer learning for local governments\", footnote 2"));

    private final MembershipEditing editing;
    private final Organisations organisations;
    private final Places places;
    private final MessageSource messages;

    MembershipImport(MembershipEditing editing, MessageSource messages, Organisations organisations, Places places) {
        this.editing = editing;
        this.organisations = organisations;
        this.places = places;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return "memberships";
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public ImportKey key() {
        return ImportKey.of("organisation", "place", "role").comparing("organisation", organisations::canonicalReference)
                .comparing("place", places::canonicalReference).ignoringCase("role").defaulting("role", "member");
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("organisation", "place", "source");
    }

    @Override
    public Optional<RowOutcome> importRow(SourceRow row, Cells cells, Problems problems, ImportContext context) {
        int before = problems.total();
        String organisation = cells.text(row, "organisation", true, 300).orElse("");
        String place = cells.text(row, "place", true, 200).orElse("");
        String role = cells.text(row, "role", false, 100).orElse(null);
        DatePeriod period = cells.period(row, "since", "until");
        String source = cells.text(row, "source", true, 1000).orElse("");
        if (problems.total() > before) {
            return Optional.empty();
        }
        try {
            Saved saved = editing.upsert(new MembershipDraft(organisation, place, role, period.start(),
                    period.end(), source), context.actor());
            return Optional.of(saved.created() ? RowOutcome.CREATED : RowOutcome.UPDATED);
        } catch (InvalidEntryException e) {
            problems.add(row.rowNumber(), e.errors(), messages);
            return Optional.empty();
        }
    }
}
