package org.crossroads.library.search;

import java.util.List;
import org.crossroads.library.files.DocumentFileDetached;
import org.crossroads.library.files.DocumentTextExtracted;
import org.crossroads.library.files.DocumentTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The passages of documents' extracted text (table {@code document_passage}, V64) that search reads: a document's
 * passages are written again when one of its files' text is extracted and when a file is detached. The table holds
 * every document's passages whatever its access; readers' queries join the document and filter by its ReaderScope.
 */
@Service
class DocumentPassageIndex {

    private static final Logger log = LoggerFactory.getLogger(DocumentPassageIndex.class);

    private final JdbcClient jdbc;
    private final DocumentTexts texts;

    DocumentPassageIndex(JdbcClient jdbc, DocumentTexts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DocumentTextExtracted extracted) {
        index(extracted.documentId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DocumentFileDetached detached) {
        index(detached.documentId());
    }

    /** Documents with extracted text but no passages (text extracted before this index existed): indexed at start. */
    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        List<Long> missing = texts.documentsWithText().stream()
                .filter(d -> !jdbc.sql("select exists (select 1 from document_passage where document_id = :d)")
                        .param("d", d).query(Boolean.class).single())
                .toList();
        missing.forEach(this::index);
        if (!missing.isEmpty()) {
            log.info("Indexed the text passages of {} documents", missing.size());
        }
    }

    void index(long documentId) {
        jdbc.sql("delete from document_passage where document_id = :d").param("d", documentId).update();
        for (DocumentTexts.Passage p : texts.passages(documentId)) {
            jdbc.sql("""
                    insert into document_passage (document_id, attachment_id, position, start_offset, text)
                    values (:d, :a, :p, :o, :t) on conflict do nothing""")
                    .param("d", documentId).param("a", p.attachmentId()).param("p", p.index()).param("o", p.offset())
                    .param("t", p.text().replace("\u0000", "")).update();
        }
    }
}
