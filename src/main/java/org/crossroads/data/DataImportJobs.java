package org.crossroads.data;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import org.crossroads.shared.tabular.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs data imports in the background, one at a time, recording their progress and report in
 * {@code data_import_batch}. The values of a batch are written in one transaction, so a crash or a
 * restart mid-import leaves no partial batch; batches still marked running at start are marked failed.
 */
@Service
public class DataImportJobs {

    private static final Logger log = LoggerFactory.getLogger(DataImportJobs.class);
    private static final int KEPT_PROBLEMS = 1000;

    private final DataImport dataImport;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "data-import");
        t.setDaemon(true);
        return t;
    });

    DataImportJobs(DataImport dataImport, JdbcClient jdbc, JsonMapper json) {
        this.dataImport = dataImport;
        this.jdbc = jdbc;
        this.json = json;
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

    /** A file that was checked (dry run) and may be imported as it is: kept for an hour. */
    private record Pending(String fileName, byte[] content, DataImport.Options options, long at) {}

    private final Map<Long, Pending> checked = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Imports the file of a finished dry run without uploading it again.
     *
     * @param editable the places the actor may edit now ({@link DataAccess#editablePlaces})
     */
    public Optional<Long> commitChecked(long batchId, String actor, EditablePlaces editable) {
        checked.values().removeIf(p -> p.at() < System.currentTimeMillis() - 3_600_000);
        Pending pending = checked.get(batchId);
        if (pending == null || !pending.options().actor().equals(actor)) {
            return Optional.empty();
        }
        checked.remove(batchId);
        return Optional.of(submit(pending.fileName(), pending.content(), pending.options().stored(editable)));
    }

    /** Queues an import and returns its batch id at once. */
    public long submit(String fileName, byte[] content, DataImport.Options options) {
        long id = jdbc.sql("""
                insert into data_import_batch (file_name, status, dry_run, store_valid, created_by)
                values (:f, 'queued', :dry, :valid, :actor) returning id""")
                .param("f", fileName == null ? "upload" : fileName).param("dry", options.dryRun())
                .param("valid", options.storeValidRows()).param("actor", options.actor()).query(Long.class).single();
        if (options.dryRun()) {
            checked.put(id, new Pending(fileName, content, options, System.currentTimeMillis()));
        }
        executor.submit(() -> run(id, fileName, content, options));
        return id;
    }

    /** Runs an import now, in the caller's thread (scripts, the built-in dataset, tests). */
    public DataImportReport runNow(String fileName, byte[] content, DataImport.Options options) {
        long id = jdbc.sql("""
                insert into data_import_batch (file_name, status, dry_run, store_valid, created_by)
                values (:f, 'running', :dry, :valid, :actor) returning id""")
                .param("f", fileName).param("dry", options.dryRun()).param("valid", options.storeValidRows())
                .param("actor", options.actor()).query(Long.class).single();
        return run(id, fileName, content, options);
    }

    private DataImportReport run(long id, String fileName, byte[] content, DataImport.Options options) {
        try {
            jdbc.sql("update data_import_batch set status = 'running' where id = :id").param("id", id).update();
            DataImportReport report = dataImport.run(fileName, new ByteArrayInputStream(content), options, new DataImport.Progress() {
                @Override
                public void total(int rows) {
                    jdbc.sql("update data_import_batch set total_rows = :n where id = :id").param("n", rows).param("id", id).update();
                }

                @Override
                public void done(int rows) {
                    jdbc.sql("update data_import_batch set processed_rows = :n where id = :id").param("n", rows).param("id", id).update();
                }
            }, id);
            jdbc.sql("""
                    update data_import_batch set status = :s, total_rows = :rows, processed_rows = :rows, created_rows = :c,
                      updated_rows = :u, problems = cast(:p as jsonb), finished_at = now() where id = :id""")
                    .param("s", report.stored() ? "committed" : "checked").param("rows", report.rows())
                    .param("c", report.created()).param("u", report.updated()).param("p", problemsJson(report.problems()))
                    .param("id", id).update();
            return report;
        } catch (RuntimeException e) {
            log.error("Data import {} failed; nothing was stored", id, e);
            jdbc.sql("""
                    update data_import_batch set status = 'failed', finished_at = now(), problems = cast(:p as jsonb) where id = :id""")
                    .param("p", json.writeValueAsString(List.of(Map.of("row", 0, "column", "",
                            "reason", "The import failed and nothing was stored: " + e.getMessage()))))
                    .param("id", id).update();
            throw e;
        }
    }

    public Optional<DataImportBatch> find(long id) {
        return jdbc.sql("select *, jsonb_array_length(problems) as problem_count, problems::text as problems_text from data_import_batch where id = :id")
                .param("id", id).query((rs, n) -> new DataImportBatch(rs.getLong("id"), rs.getString("file_name"),
                        rs.getString("status"), rs.getInt("total_rows"), rs.getInt("processed_rows"), rs.getInt("created_rows"),
                        rs.getInt("updated_rows"), rs.getInt("problem_count"), rs.getString("problems_text"),
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
