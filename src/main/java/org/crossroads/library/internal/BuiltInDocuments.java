package org.crossroads.library.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crossroads.shared.dataset.DatasetSettings;
import org.crossroads.library.DocumentColumns;
import org.crossroads.library.DocumentDraft;
import org.crossroads.library.DocumentEditing;
import org.crossroads.library.Documents;
import org.crossroads.shared.validation.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With the built-in dataset: the documents of {@code library/documents.csv} (MC2CM's knowledge products, the
 * declarations and charters the seed reports name, each row citing its passage) whose external id the library does
 * not hold yet, so that editors' changes are never overwritten. After the organisations, initiatives and events the
 * rows refer to; a row naming one that does not exist stops the start with every such row and column listed, and
 * nothing is loaded (a silently dropped reference would make the dataset lie).
 */
@Component
@Order(50)
class BuiltInDocuments implements ApplicationRunner {

    static final String FILE = "library/documents.csv";
    static final String ACTOR = "built-in dataset";
    private static final Logger log = LoggerFactory.getLogger(BuiltInDocuments.class);

    private final DocumentEditing editing;
    private final Documents documents;
    private final DatasetSettings settings;
    private final TransactionTemplate transactions;
    private final MessageSource messages;

    BuiltInDocuments(DocumentEditing editing, Documents documents, DatasetSettings settings,
            TransactionTemplate transactions, MessageSource messages) {
        this.editing = editing;
        this.documents = documents;
        this.settings = settings;
        this.transactions = transactions;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!settings.load()) {
            return;
        }
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            int loaded = load(in);
            log.info("Loaded {} built-in documents", loaded);
        }
    }

    /**
     * Checks every row, then stores the new ones in one transaction.
     *
     * @throws IllegalStateException naming the line and column of every bad reference or value
     */
    int load(InputStream in) throws IOException {
        List<DocumentDraft> drafts = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                DocumentDraft draft = DocumentColumns.draft(column -> row.isMapped(column) ? row.get(column) : "");
                long line = row.getRecordNumber() + 1;
                for (FieldError e : editing.problems(draft)) {
                    errors.add(FILE + " line " + line + ", column " + e.field() + ": "
                            + messages.getMessage(e.messageKey(), e.arguments().toArray(), e.messageKey(), java.util.Locale.ENGLISH));
                }
                drafts.add(draft);
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The built-in documents were not loaded:\n" + String.join("\n", errors));
        }
        Integer stored = transactions.execute(status -> {
            int n = 0;
            for (DocumentDraft draft : drafts) {
                if (documents.idOf(draft.externalId()).isEmpty()) {
                    editing.upsert(draft, ACTOR, false);
                    n++;
                }
            }
            return n;
        });
        return stored == null ? 0 : stored;
    }
}
