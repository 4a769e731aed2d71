package org.crossroads.library.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.crossroads.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes an upload in: streams it to a file of its own while hashing it (SHA-256) and counting its bytes against the
 * size limit, never holding it in memory; inspects it ({@link FileInspection}); then, in one transaction, records the
 * content (once per hash) and its attachment to the document, and moves the file into the {@link FileStore}. A
 * refused or failed upload leaves neither a file nor a row behind.
 */
@Component
class FileIntake {

    private final JdbcClient jdbc;
    private final FileStore store;
    private final FileInspection inspection;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Path incoming;
    private final long maxSize;

    FileIntake(JdbcClient jdbc, FileStore store, LibraryFileSettings settings, AuditTrail audit,
            PlatformTransactionManager transactionManager) throws IOException {
        this.jdbc = jdbc;
        this.store = store;
        this.inspection = new FileInspection(settings);
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.incoming = Path.of(settings.directory()).toAbsolutePath().resolve("incoming");
        this.maxSize = settings.maxSize().toBytes();
        Files.createDirectories(incoming);
        try (var left = Files.list(incoming)) {
            for (Path p : left.toList()) {
                Files.deleteIfExists(p); // uploads a previous run was receiving when it stopped
            }
        }
    }

    long maxSize() {
        return maxSize;
    }

    /** Returns the attachment's id. */
    long attach(long documentId, MultipartFile upload, String actor) throws IOException {
        if (upload == null || upload.isEmpty()) {
            throw new RefusedFileException("libraryfiles.refused.empty", "No file, or an empty one");
        }
        if (upload.getSize() > maxSize) {
            throw tooLarge();
        }
        String fileName = FileNames.clean(upload.getOriginalFilename());
        Path received = incoming.resolve(UUID.randomUUID() + ".upload");
        try {
            String sha256 = receive(upload, received);
            long size = Files.size(received);
            FileKind kind = inspection.inspect(received, fileName);
            return transactions.execute(status -> record(documentId, fileName, sha256, size, kind, received, actor));
        } finally {
            Files.deleteIfExists(received);
        }
    }

    private String receive(MultipartFile upload, Path target) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(upload.getInputStream(), sha); OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0;) {
                total += n;
                if (total > maxSize) {
                    throw tooLarge(); // the declared size may lie: count what arrives
                }
                out.write(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private RefusedFileException tooLarge() {
        return new RefusedFileException("libraryfiles.refused.tooLarge", "Larger than " + maxSize + " bytes",
                Math.max(1, maxSize / (1024 * 1024)));
    }

    private long record(long documentId, String fileName, String sha256, long size, FileKind kind, Path received, String actor) {
        lock(jdbc, sha256);
        long fileId = jdbc.sql("""
                insert into stored_file (sha256, size, media_type) values (:sha, :size, :type)
                on conflict (sha256) do update set sha256 = excluded.sha256 returning id""")
                .param("sha", sha256).param("size", size).param("type", kind.mediaType()).query(Long.class).single();
        var existing = jdbc.sql("select file_name from document_file where document_id = :d and file_id = :f")
                .param("d", documentId).param("f", fileId).query(String.class).optional();
        if (existing.isPresent()) {
            throw new RefusedFileException("libraryfiles.refused.alreadyAttached", "Already attached as " + existing.get(),
                    existing.get());
        }
        long id = jdbc.sql("""
                insert into document_file (document_id, file_id, file_name, uploaded_by) values (:d, :f, :name, :by)
                returning id""")
                .param("d", documentId).param("f", fileId).param("name", fileName).param("by", actor).query(Long.class).single();
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("document_id", documentId);
        snapshot.put("file_name", fileName);
        snapshot.put("sha256", sha256);
        snapshot.put("size", size);
        snapshot.put("media_type", kind.mediaType());
        audit.record(DocumentFiles.RECORD, id, "attached", actor, snapshot);
        try {
            store.put(sha256, received); // last: a failure above leaves nothing in the store
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the file " + sha256, e);
        }
        return id;
    }

    /**
     * Serialises the changes to one content (attaching it, removing it when nothing refers to it) until the
     * transaction ends, so that a content is never removed from the store while another upload attaches it.
     */
    static void lock(JdbcClient jdbc, String sha256) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:sha, 11))").param("sha", sha256).query((rs, n) -> 1).single();
    }
}
