package org.crossroads.commitments.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.commitments.CommitmentColumns;
import org.crossroads.commitments.PledgeDraft;
import org.crossroads.commitments.PledgeEditing;
import org.crossroads.shared.tabular.Cells;
import org.crossroads.shared.tabular.Column;
import org.crossroads.shared.tabular.ImportContext;
import org.crossroads.shared.tabular.ImportKey;
import org.crossroads.shared.tabular.Problems;
import org.crossroads.shared.tabular.SourceRow;
import org.crossroads.shared.tabular.TabularImport;
import org.crossroads.shared.tabular.TranslationColumns;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Pledges from CSV or XLSX in the format of {@link CommitmentColumns#PLEDGES}, through the importer every record uses
 * (dry run, row errors naming row and column, all or nothing). Each row goes through {@link PledgeEditing} with the
 * importing editor, so the form's checks and scope apply (a city outside the editor's scope is the row's error); a row
 * whose external_id a pledge has updates that pledge's text and fields, not its status.
 */
@Component
class PledgeImport implements TabularImport {

    private final PledgeEditing editing;
    private final Accounts accounts;
    private final MessageSource messages;

    PledgeImport(PledgeEditing editing, Accounts accounts, MessageSource messages) {
        this.editing = editing;
        this.accounts = accounts;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return "pledges";
    }

    @Override
    public List<Column> columns() {
        return CommitmentColumns.PLEDGES;
    }

    @Override
    public Set<String> requiredColumns() {
        return CommitmentColumns.PLEDGE_REQUIRED;
    }

    @Override
    public ImportKey key() {
        return ImportKey.of("external_id");
    }

    @Override
    public Optional<RowOutcome> importRow(SourceRow row, Cells cells, Problems problems, ImportContext context) {
        int before = problems.total();
        Map<String, Map<String, String>> translations = TranslationColumns.read(List.of("text"),
                (field, column) -> Optional.of(row.value(column)));
        PledgeDraft draft = new PledgeDraft(row.value("external_id"), row.value("framework"),
                cells.list(row, "cities", ";"), cells.list(row, "organisations", ";"), row.value("language"),
                row.value("text"), translations, cells.list(row, "articles", ";"),
                cells.numberedVocabularyList(row, "gcm_objectives", Vocabularies.GCM_OBJECTIVE).stream()
                        .map(String::valueOf).toList(),
                cells.numberedVocabularyList(row, "gcr_objectives", Vocabularies.GCR_OBJECTIVE).stream()
                        .map(String::valueOf).toList(),
                cells.vocabularyList(row, "themes", Vocabularies.THEME), row.value("target"),
                row.value("responsible_office"), row.value("contact_email"), row.value("status").strip(),
                row.value("status_on"), CommitmentRows.restricted(row, problems),
                CommitmentRows.source(row, problems).map(List::of).orElse(List.of()));
        if (problems.total() > before) {
            // the form's checks of the other columns too, so that one dry run lists every problem of the row
            CommitmentRows.report(row, editing.problems(draft), problems, messages);
            return Optional.empty();
        }
        Editor editor = accounts.findByUsername(context.actor())
                .orElseThrow(() -> new IllegalStateException("No account " + context.actor()));
        try {
            PledgeEditing.Outcome outcome = editing.upsert(draft, editor);
            return Optional.of(outcome == PledgeEditing.Outcome.CREATED ? RowOutcome.CREATED : RowOutcome.UPDATED);
        } catch (InvalidEntryException e) {
            CommitmentRows.report(row, e.errors(), problems, messages);
            return Optional.empty();
        }
    }
}
