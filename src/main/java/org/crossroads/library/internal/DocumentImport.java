package org.crossroads.library.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crossroads.accounts.Accounts;
import org.crossroads.accounts.Editor;
import org.crossroads.library.DocumentColumns;
import org.crossroads.library.DocumentDraft;
import org.crossroads.library.DocumentEditing;
import org.crossroads.shared.tabular.Cells;
import org.crossroads.shared.tabular.Column;
import org.crossroads.shared.tabular.ImportContext;
import org.crossroads.shared.tabular.ImportKey;
import org.crossroads.shared.tabular.Problems;
import org.crossroads.shared.tabular.SourceRow;
import org.crossroads.shared.tabular.TabularImport;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Document metadata from CSV or XLSX in the format of {@link DocumentColumns}, through the importer every record
 * uses (dry run, row errors naming the column, all or nothing); a row updates the document of its external id.
 * Contributors' new documents are proposals.
 */
@Component
class DocumentImport implements TabularImport {

    private final DocumentEditing editing;
    private final Accounts accounts;
    private final MessageSource messages;

    DocumentImport(DocumentEditing editing, Accounts accounts, MessageSource messages) {
        this.editing = editing;
        this.accounts = accounts;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return "documents";
    }

    @Override
    public List<Column> columns() {
        return DocumentColumns.ALL;
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.copyOf(DocumentColumns.REQUIRED);
    }

    @Override
    public ImportKey key() {
        return ImportKey.of("external_id");
    }

    @Override
    public Optional<RowOutcome> importRow(SourceRow row, Cells cells, Problems problems, ImportContext context) {
        // codes or labels of the vocabulary, in any language, as every importer reads them; an unknown one is refused
        // with every accepted value (Cells)
        String themes = String.join("; ", cells.vocabularyList(row, "themes", Vocabularies.THEME));
        if (problems.hasProblemsIn(row.rowNumber())) {
            return Optional.empty();
        }
        DocumentDraft draft = DocumentColumns.draft(column -> "themes".equals(column) ? themes : row.value(column));
        try {
            Editor editor = accounts.findByUsername(context.actor())
                    .orElseThrow(() -> new IllegalStateException("No account " + context.actor()));
            DocumentEditing.Outcome outcome = editing.upsert(draft, editor);
            return Optional.of(outcome == DocumentEditing.Outcome.CREATED ? RowOutcome.CREATED : RowOutcome.UPDATED);
        } catch (InvalidEntryException e) {
            problems.add(row.rowNumber(), e.errors(), messages);
            return Optional.empty();
        }
    }
}
