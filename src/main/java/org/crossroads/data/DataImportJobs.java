package org.crossroads.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import org.crossroads.shared.tabular.Problem;
import org.crossroads.shared.upload.ImportSlots;
import org.crossroads.shared.upload.TooManyImportsException;
import org.crossroads.shared.upload.UploadedFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs data imports in the background, one at a time, recording their progress and report in
 * {@code data_import_batch}. Files are read as streams from disk; an account runs at most
 * {@code crossroads.uploads.imports-per-account} imports at a time ({@link ImportSlots}). The values of a batch are written in one transaction, so a crash or a
 * restart mid-import leaves no partial batch; batches still marked running at start are marked failed.
 */
@Service
public class DataImportJobs {

    private static final Logger log = LoggerFactory.getLogger(DataImportJobs.class);
    private static final int KEPT_PROBLEMS = 1000;
    /** Key prefix of a data batch's checked file in {@link UploadedFiles}. */
    private static final String CHECKED = "data-batch-";

    private final DataImport dataImport;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final UploadedFiles uploads;
    private final ImportSlots slots;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "data-import");
        t.setDaemon(true);
        return t;
    });

    DataImportJobs(DataImport dataImport, JdbcClient jdbc, JsonMapper json, UploadedFiles uploads, ImportSlots slots) {
        this.dataImport = dataImport;
        this.jdbc = jdbc;
        this.json = json;
        this.uploads = uploads;
        this.slots = slots;
    }

    @EventListener(ApplicationReadyEvent.class)
    void markInterrupted() {
        int interrupted = jdbc.sql("""
                update data_import_batch set status = 'failed', finished_at = now(),
                  problems = '[{"row": 0, "column": "", "key": "data.batch.interrupted", "arguments": [],
                    "reason": "The import was interrupted (the platform restarted); nothing of it was stored."}]'
                where status in ('queued', 'running')""").update();
        if (interrupted > 0) {
            log.warn("{} data imports were interrupted by a restart; none of their values were stored", interrupted);
        }
    }

    /**
     * Queues the import of an upload and returns its batch id at once. The upload is moved to a file on disk
     * (never read into the heap) and deleted after the import, unless it is a checked file that may be imported
     * as it is: that one waits on disk for {@link #commitChecked}.
     *
     * @throws TooManyImportsException when the account already runs as many imports as it may
     */
    public long submit(String fileName, MultipartFile upload, DataImport.Options options) throws IOException {
        ImportSlots.Slot slot = slots.take(options.actor());
        Path file;
        try {
            file = uploads.receive(upload);
        } catch (IOException | RuntimeException e) {
            slot.close();
            throw e;
        }
        return queue(fileName, onDisk(file, options), options, slot);
    }

    /**
     * Imports the file of a finished dry run without uploading it again, in the reader's language and with
     * the places the account may edit now; empty when the file is no longer kept or is not the actor's.
     *
     * @throws TooManyImportsException when the account already runs as many imports as it may
     */
    public Optional<Long> commitChecked(long batchId, String actor, Locale locale, EditablePlaces editable) {
        Optional<DataImportBatch> batch = find(batchId).filter(b -> b.createdBy().equals(actor) && b.dryRun());
        if (batch.isEmpty() || !uploads.isKept(CHECKED + batchId)) {
            return Optional.empty();
        }
        ImportSlots.Slot slot = slots.take(actor);
        Optional<Path> file = uploads.take(CHECKED + batchId, actor);
        if (file.isEmpty()) {
            slot.close();
            return Optional.empty();
        }
        var options = new DataImport.Options(false, batch.get().storeValid(), actor, locale, editable);
        return Optional.of(queue(batch.get().fileName(), onDisk(file.get(), options), options, slot));
    }

    /** Queues an import of {@code file} holding {@code slot} until it has finished; the file is then told what became of it. */
    long queue(String fileName, ImportFile file, DataImport.Options options, ImportSlots.Slot slot) {
        long id;
        try {
            id = jdbc.sql("""
                    insert into data_import_batch (file_name, status, dry_run, store_valid, created_by)
                    values (:f, 'queued', :dry, :valid, :actor) returning id""")
                    .param("f", fileName == null ? "upload" : fileName).param("dry", options.dryRun())
                    .param("valid", options.storeValidRows()).param("actor", options.actor()).query(Long.class).single();
        } catch (RuntimeException e) {
            file.finished(0, false);
            slot.close();
            throw e;
        }
        ImportFile holdingSlot = new ImportFile() {
            @Override
            public InputStream open() throws IOException {
                return file.open();
            }

            @Override
            public Optional<Path> path() {
                return file.path();
            }

            @Override
            public void finished(long batchId, boolean confirmable) {
                try {
                    file.finished(batchId, confirmable);
                } finally {
                    slot.close();
                }
            }
        };
        executor.submit(() -> {
            try {
                run(id, fileName, holdingSlot, options);
            } catch (RuntimeException | Error e) {
                // already recorded by run(); an Error (OutOfMemoryError included) must not end this worker thread
            }
        });
        return id;
    }

    private ImportFile onDisk(Path path, DataImport.Options options) {
        return new ImportFile() {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(path);
            }

            @Override
            public Optional<Path> path() {
                return Optional.of(path);
            }

            @Override
            public void finished(long batchId, boolean confirmable) {
                try {
                    if (confirmable && uploads.keep(CHECKED + batchId, path, options.actor())) {
                        return;
                    }
                } catch (IOException e) {
                    log.warn("The checked file of data import {} could not be kept", batchId, e);
                }
                uploads.discard(path);
            }
        };
    }

    /** Runs an import now, in the caller's thread (the built-in dataset, scripts, tests). */
    public DataImportReport runNow(String fileName, InputStream content, DataImport.Options options) {
        long id = jdbc.sql("""
                insert into data_import_batch (file_name, status, dry_run, store_valid, created_by)
                values (:f, 'running', :dry, :valid, :actor) returning id""")
                .param("f", fileName).param("dry", options.dryRun()).param("valid", options.storeValidRows())
                .param("actor", options.actor()).query(Long.class).single();
        return run(id, fileName, () -> content, options);
    }

    /** Runs an import of a small file held in memory now, in the caller's thread (tests, scripts). */
    public DataImportReport runNow(String fileName, byte[] content, DataImport.Options options) {
        return runNow(fileName, new ByteArrayInputStream(content), options);
    }

    /** Runs an import and records its outcome; {@code file} is told it has finished before the batch says so. */
    private DataImportReport run(long id, String fileName, ImportFile file, DataImport.Options options) {
        boolean told = false;
        try {
            jdbc.sql("update data_import_batch set status = 'running' where id = :id").param("id", id).update();
            DataImport.Progress progress = new DataImport.Progress() {
                @Override
                public void total(int rows) {
                    jdbc.sql("update data_import_batch set total_rows = :n where id = :id").param("n", rows).param("id", id).update();
                }

                @Override
                public void done(int rows) {
                    jdbc.sql("update data_import_batch set processed_rows = :n where id = :id").param("n", rows).param("id", id).update();
                }
            };
            DataImportReport report;
            Optional<Path> onDisk = file.path();
            if (onDisk.isPresent()) {
                report = dataImport.run(fileName, onDisk.get(), options, progress, id);
            } else {
                try (InputStream content = file.open()) {
                    report = dataImport.run(fileName, content, options, progress, id);
                }
            }
            // the checked file is kept and the account's slot freed before the batch reads as finished, so that
            // "Import this file now" or the next upload may follow at once
            told = true;
            file.finished(id, options.dryRun() && !report.stored() && report.validRows() > 0
                    && (!report.hasProblems() || options.storeValidRows()));
            jdbc.sql("""
                    update data_import_batch set status = :s, total_rows = :rows, processed_rows = :rows, created_rows = :c,
                      updated_rows = :u, valid_rows = :valid, problems = cast(:p as jsonb), finished_at = now() where id = :id""")
                    .param("s", report.stored() ? "committed" : "checked").param("rows", report.rows())
                    .param("valid", report.validRows())
                    .param("c", report.created()).param("u", report.updated()).param("p", problemsJson(report.problems()))
                    .param("id", id).update();
            return report;
        } catch (IOException e) {
            recordFailure(id, e, told ? null : file);
            throw new java.io.UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            // an Error too (OutOfMemoryError on a file too large for the heap): the batch is failed at once, not
            // left "running" until the next restart; the transaction was rolled back, so nothing of it is stored
            recordFailure(id, e, told ? null : file);
            throw e;
        }
    }

    private void recordFailure(long id, Throwable e, ImportFile untold) {
        log.error("Data import {} failed; nothing was stored", id, e);
        if (untold != null) {
            untold.finished(id, false);
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("row", 0);
        problem.put("column", "");
        if (e instanceof OutOfMemoryError) {
            problem.put("reason", "The file needs more memory than the platform has to check it; nothing was stored. "
                    + "Split it into smaller files, or ask the administrator to give the platform more memory.");
            problem.put("key", "data.error.outOfMemory");
            problem.put("arguments", List.of());
        } else {
            String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            problem.put("reason", "The import failed and nothing was stored: " + cause);
            problem.put("key", "data.error.failed");
            problem.put("arguments", List.of(cause));
        }
        jdbc.sql("""
                update data_import_batch set status = 'failed', finished_at = now(), problems = cast(:p as jsonb) where id = :id""")
                .param("p", json.writeValueAsString(List.of(problem))).param("id", id).update();
    }

    public Optional<DataImportBatch> find(long id) {
        return jdbc.sql("select *, jsonb_array_length(problems) as problem_count, problems::text as problems_text from data_import_batch where id = :id")
                .param("id", id).query((rs, n) -> new DataImportBatch(rs.getLong("id"), rs.getString("file_name"),
                        rs.getString("status"), rs.getInt("total_rows"), rs.getInt("processed_rows"), rs.getInt("created_rows"),
                        rs.getInt("updated_rows"), rs.getObject("valid_rows", Integer.class), rs.getInt("problem_count"),
                        rs.getString("problems_text"),
                        rs.getBoolean("dry_run"), rs.getBoolean("store_valid"), rs.getString("created_by"),
                        rs.getObject("created_at", java.time.OffsetDateTime.class),
                        rs.getObject("finished_at", java.time.OffsetDateTime.class))).optional();
    }

    public List<DataImportBatch> recent(String actor, int limit) {
        return jdbc.sql("select id from data_import_batch where created_by = :a order by id desc limit :l")
                .param("a", actor).param("l", limit).query(Long.class).list().stream()
                .map(id -> find(id).orElseThrow()).toList();
    }

    private String problemsJson(List<Problem> problems) {
        return json.writeValueAsString(problems.stream().limit(KEPT_PROBLEMS).map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("row", p.row());
            m.put("column", p.column());
            m.put("reason", p.text());
            m.put("key", p.reason().key());
            m.put("arguments", p.reason().arguments());
            return m;
        }).toList());
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
