package org.crossroads.commitments.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.commitments.CommitmentColumns;
import org.crossroads.commitments.SignatureDraft;
import org.crossroads.commitments.SignatureEditing;
import org.crossroads.shared.tabular.Cells;
import org.crossroads.shared.tabular.Column;
import org.crossroads.shared.tabular.ImportContext;
import org.crossroads.shared.tabular.ImportKey;
import org.crossroads.shared.tabular.Problems;
import org.crossroads.shared.tabular.SourceRow;
import org.crossroads.shared.tabular.TabularImport;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Signatures from CSV or XLSX in the format of {@link CommitmentColumns#SIGNATURES}, each row through
 * {@link SignatureEditing} with the importing editor (the form's checks and scope). Rows only add: a signatory already
 * recorded for the framework is the row's error, and two rows of the file for one city and framework are both refused.
 */
@Component
class SignatureImport implements TabularImport {

    private final SignatureEditing editing;
    private final Accounts accounts;
    private final MessageSource messages;

    SignatureImport(SignatureEditing editing, Accounts accounts, MessageSource messages) {
        this.editing = editing;
        this.accounts = accounts;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return "signatures";
    }

    @Override
    public List<Column> columns() {
        return CommitmentColumns.SIGNATURES;
    }

    @Override
    public Set<String> requiredColumns() {
        return CommitmentColumns.SIGNATURE_REQUIRED;
    }

    /**
     * A city's signature of a framework: two rows for it are both refused, each naming the other (an organisation's
     * second row is refused by the editing, which names the signatory as already recorded).
     */
    @Override
    public ImportKey key() {
        return ImportKey.of("framework", "city").ignoringCase("framework").ignoringCase("city");
    }

    @Override
    public Optional<RowOutcome> importRow(SourceRow row, Cells cells, Problems problems, ImportContext context) {
        int before = problems.total();
        SignatureDraft draft = new SignatureDraft(row.value("framework"), row.value("city"), row.value("organisation"),
                row.value("kind"), cells.bool(row, "on_behalf_of_members").orElse(false), row.value("signed"),
                row.value("office"), CommitmentRows.restricted(row, problems),
                CommitmentRows.source(row, problems).orElse(null));
        if (problems.total() > before) {
            CommitmentRows.report(row, editing.problems(draft), problems, messages);
            return Optional.empty();
        }
        Editor editor = accounts.findByUsername(context.actor())
                .orElseThrow(() -> new IllegalStateException("No account " + context.actor()));
        try {
            editing.create(draft, editor);
            return Optional.of(RowOutcome.CREATED);
        } catch (InvalidEntryException e) {
            CommitmentRows.report(row, e.errors(), problems, messages);
            return Optional.empty();
        }
    }
}
