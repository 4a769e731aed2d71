package org.crossroads.library.files;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Extracts the text of stored files in the background, a few at a time ({@code crossroads.library.files.extraction-threads}).
 * The queue is the table itself: a file waits as {@code queued}, is claimed as {@code extracting} (skipping rows
 * another worker holds), and ends {@code extracted} with its text, pages, language and thumbnail written in one
 * transaction, or {@code failed} with the reason; a restart puts the files it interrupted back in the queue. An
 * upload wakes the queue at once; a poll every few seconds picks up anything left.
 */
@Component
class FileExtractionQueue {

    private static final Logger log = LoggerFactory.getLogger(FileExtractionQueue.class);

    private final JdbcClient jdbc;
    private final FileStore store;
    private final TextExtraction extraction;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final int thumbnailWidth;
    private final int threads;
    private final AtomicInteger running = new AtomicInteger();
    private final ThreadPoolExecutor executor;
    private volatile boolean ready;

    FileExtractionQueue(JdbcClient jdbc, FileStore store, LibraryFileSettings settings, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.store = store;
        this.extraction = new TextExtraction(settings);
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.thumbnailWidth = settings.thumbnailWidth();
        this.threads = settings.extractionThreads();
        AtomicInteger number = new AtomicInteger();
        // bounded: never more files in hand than threads; the others wait in the table
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads), r -> {
            Thread t = new Thread(r, "library-extraction-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        int back = jdbc.sql("update stored_file set state = 'queued' where state = 'extracting'").update();
        if (back > 0) {
            log.info("{} file extraction(s) interrupted by a restart queued again", back);
        }
        ready = true;
        wake();
    }

    /** Hands queued files to free workers. */
    @Scheduled(fixedDelay = 5_000, initialDelay = 5_000)
    synchronized void wake() {
        if (!ready || executor.isShutdown()) {
            return;
        }
        while (running.get() < threads) {
            Optional<Long> next = jdbc.sql("""
                    update stored_file set state = 'extracting'
                    where id = (select id from stored_file where state = 'queued' order by id limit 1 for update skip locked)
                    returning id""").query(Long.class).optional();
            if (next.isEmpty()) {
                return;
            }
            running.incrementAndGet();
            long id = next.get();
            executor.execute(() -> {
                try {
                    extract(id);
                } finally {
                    running.decrementAndGet();
                    wake();
                }
            });
        }
    }

    /** Extracts one claimed file and records the outcome. */
    void extract(long fileId) {
        var file = jdbc.sql("select sha256, media_type from stored_file where id = :id").param("id", fileId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
        if (file.isEmpty()) {
            return; // removed meanwhile
        }
        String sha256 = file.get()[0];
        FileKind kind = FileKind.ofMediaType(file.get()[1]).orElseThrow();
        long started = System.nanoTime();
        try {
            TextExtraction.Extracted text;
            byte[] thumbnail = null;
            Optional<Path> local = store.localFile(sha256);
            try (InputStream in = store.open(sha256)) {
                text = extraction.extract(in, kind);
            }
            if (kind == FileKind.PDF) {
                thumbnail = thumbnail(sha256, local);
            }
            store(fileId, text, thumbnail);
            log.info("Extracted {} characters, {} pages, language {} from {} ({}) in {} ms", text.characters(), text.pages(),
                    text.language(), sha256, kind, (System.nanoTime() - started) / 1_000_000);
        } catch (RefusedFileException e) {
            log.info("Extraction of {} ({}) failed: {}", sha256, kind, e.getMessage());
            fail(fileId, e.key(), e.getMessage());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            log.warn("Extraction of {} ({}) failed", sha256, kind, e);
            fail(fileId, "libraryfiles.failed.unreadable", String.valueOf(e));
        }
    }

    private byte[] thumbnail(String sha256, Optional<Path> local) {
        Path temp = null;
        try {
            Path pdf = local.orElse(null);
            if (pdf == null) {
                temp = Files.createTempFile("library-thumbnail-", ".pdf");
                try (InputStream in = store.open(sha256)) {
                    Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                pdf = temp;
            }
            byte[] png = PdfThumbnail.firstPage(pdf, thumbnailWidth);
            return png.length <= 1_048_576 ? png : null;
        } catch (IOException | RuntimeException e) {
            log.info("No thumbnail for {}: {}", sha256, e.toString()); // the text counts; a picture is a courtesy
            return null;
        } finally {
            if (temp != null) {
                temp.toFile().delete();
            }
        }
    }

    private void store(long fileId, TextExtraction.Extracted text, byte[] thumbnail) {
        transactions.executeWithoutResult(status -> {
            int updated = jdbc.sql("""
                    update stored_file set state = 'extracted', pages = :pages, language = :lang, characters = :chars,
                      text_truncated = :cut, error_key = null, error_detail = null, extracted_at = now()
                    where id = :id""")
                    .param("pages", text.pages()).param("lang", text.language()).param("chars", text.characters())
                    .param("cut", text.truncated()).param("id", fileId).update();
            if (updated == 0) {
                return;
            }
            jdbc.sql("""
                    insert into stored_file_text (file_id, text) values (:id, :text)
                    on conflict (file_id) do update set text = excluded.text""")
                    .param("id", fileId).param("text", text.text()).update();
            if (thumbnail != null) {
                jdbc.sql("""
                        insert into stored_file_thumbnail (file_id, png) values (:id, :png)
                        on conflict (file_id) do update set png = excluded.png""")
                        .param("id", fileId).param("png", thumbnail).update();
            }
            documentsOf(fileId).forEach(d -> events.publishEvent(new DocumentTextExtracted(d)));
        });
    }

    private void fail(long fileId, String key, String detail) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                    update stored_file set state = 'failed', error_key = :key, error_detail = :detail, pages = null,
                      language = null, characters = null, text_truncated = false, extracted_at = now()
                    where id = :id""")
                    .param("key", key).param("detail", detail == null ? null : detail.substring(0, Math.min(2000, detail.length())))
                    .param("id", fileId).update();
            // nothing half-written: no text or picture of a file that could not be read
            jdbc.sql("delete from stored_file_text where file_id = :id").param("id", fileId).update();
            jdbc.sql("delete from stored_file_thumbnail where file_id = :id").param("id", fileId).update();
        });
    }

    private List<Long> documentsOf(long fileId) {
        return jdbc.sql("select distinct document_id from document_file where file_id = :f order by 1").param("f", fileId)
                .query(Long.class).list();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
