package org.crossroads.library.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of documents: attaching an upload (checked and stored by {@link FileIntake}, then extracted in the
 * background by {@link FileExtractionQueue}), reading them back, and detaching them; a stored content no document
 * refers to any more is removed. Callers ask {@code DocumentPermissions} first: this class does not know the reader.
 */
@Service
public class DocumentFiles {

    static final String RECORD = "document_file";
    private static final String COLUMNS = """
            select a.id, a.document_id, a.file_id, a.file_name, a.uploaded_by, a.uploaded_at, f.sha256, f.size, f.media_type,
              f.state, f.pages, f.language, f.characters, f.text_truncated, f.error_key,
              exists (select 1 from stored_file_thumbnail t where t.file_id = f.id)
            from document_file a join stored_file f on f.id = a.file_id""";

    private final JdbcClient jdbc;
    private final FileIntake intake;
    private final FileStore store;
    private final FileExtractionQueue queue;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    DocumentFiles(JdbcClient jdbc, FileIntake intake, FileStore store, FileExtractionQueue queue, AuditTrail audit,
            ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.intake = intake;
        this.store = store;
        this.queue = queue;
        this.audit = audit;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A document's files, oldest first. */
    public List<DocumentFile> of(long documentId) {
        return jdbc.sql(COLUMNS + " where a.document_id = :d order by a.uploaded_at, a.id").param("d", documentId)
                .query(DocumentFiles::row).list();
    }

    public Optional<DocumentFile> find(long documentId, long attachmentId) {
        return jdbc.sql(COLUMNS + " where a.document_id = :d and a.id = :id").param("d", documentId).param("id", attachmentId)
                .query(DocumentFiles::row).optional();
    }

    /** Whether a file of the document waits for its text: its page refreshes itself meanwhile. */
    public boolean extracting(long documentId) {
        return jdbc.sql("""
                select exists (select 1 from document_file a join stored_file f on f.id = a.file_id
                  where a.document_id = :d and f.state in ('queued', 'extracting'))""")
                .param("d", documentId).query(Boolean.class).single();
    }

    /**
     * Checks, stores and attaches an upload, and queues its extraction (unless the same content was extracted
     * before). Nothing is kept of a refused file.
     *
     * @throws RefusedFileException why the file is not taken, with a message key
     */
    public DocumentFile attach(long documentId, MultipartFile upload, String actor) throws IOException {
        long id = intake.attach(documentId, upload, actor);
        queue.wake();
        return find(documentId, id).orElseThrow();
    }

    /** The stored content of a file; the caller closes it. */
    public InputStream open(DocumentFile file) throws IOException {
        return store.open(file.sha256());
    }

    public Optional<byte[]> thumbnail(DocumentFile file) {
        return jdbc.sql("select png from stored_file_thumbnail where file_id = :f").param("f", file.fileId())
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** The text extracted from a file, when there is one. */
    public Optional<String> text(DocumentFile file) {
        return jdbc.sql("select text from stored_file_text where file_id = :f").param("f", file.fileId())
                .query(String.class).optional();
    }

    /** Detaches a file from its document; its content is removed when no document refers to it any more. */
    public void detach(DocumentFile file, String actor) {
        transactions.executeWithoutResult(status -> {
            FileIntake.lock(jdbc, file.sha256());
            if (jdbc.sql("delete from document_file where id = :id").param("id", file.id()).update() == 0) {
                return; // detached meanwhile
            }
            Map<String, Object> snapshot = new LinkedHashMap<>();
            snapshot.put("document_id", file.documentId());
            snapshot.put("file_name", file.fileName());
            snapshot.put("sha256", file.sha256());
            snapshot.put("detached", true);
            audit.record(RECORD, file.id(), "detached", actor, snapshot);
            removeIfUnused(file.fileId(), file.sha256());
            events.publishEvent(new DocumentFileDetached(file.documentId()));
        });
    }

    /**
     * Removes stored contents no document refers to: those of documents deleted since (their attachments went with
     * them). Runs hourly.
     */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    public int removeUnused() {
        List<Map.Entry<Long, String>> unused = jdbc.sql("""
                select id, sha256 from stored_file f
                where not exists (select 1 from document_file a where a.file_id = f.id)
                  and f.created_at < now() - interval '1 minute'""")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
        int removed = 0;
        for (var file : unused) {
            Boolean gone = transactions.execute(status -> {
                FileIntake.lock(jdbc, file.getValue());
                return removeIfUnused(file.getKey(), file.getValue());
            });
            removed += Boolean.TRUE.equals(gone) ? 1 : 0;
        }
        return removed;
    }

    /** Inside a transaction holding the content's lock. */
    private boolean removeIfUnused(long fileId, String sha256) {
        int deleted = jdbc.sql("""
                delete from stored_file f where f.id = :f
                  and not exists (select 1 from document_file a where a.file_id = f.id)""").param("f", fileId).update();
        if (deleted == 0) {
            return false;
        }
        try {
            store.remove(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the stored file " + sha256, e);
        }
        return true;
    }

    private static DocumentFile row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new DocumentFile(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, java.time.OffsetDateTime.class), rs.getString(7), rs.getLong(8), rs.getString(9), rs.getString(10),
                (Integer) rs.getObject(11), rs.getString(12), (Long) rs.getObject(13), rs.getBoolean(14), rs.getString(15),
                rs.getBoolean(16));
    }
}
