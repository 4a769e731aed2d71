package org.crossroads.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every change to a record with who made it and a snapshot of the new state, and reads a
 * record's history back with the fields that changed between versions.
 */
@org.springframework.modulith.NamedInterface("api")
@Service
public class AuditTrail {

    private static final TypeReference<Map<String, Object>> SNAPSHOT = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ObjectProvider<ActorNames> actorNames;

    AuditTrail(JdbcClient jdbc, JsonMapper json, ObjectProvider<ActorNames> actorNames) {
        this.jdbc = jdbc;
        this.json = json;
        this.actorNames = actorNames;
    }

    /**
     * @param recordType a stable name such as "initiative"
     * @param snapshot the record's state after the change: a map or a record, stored as JSON
     */
    public void record(String recordType, long recordId, String action, String actor, Object snapshot) {
        jdbc.sql("""
                insert into audit_entry (record_type, record_id, action, actor, snapshot)
                values (:t, :id, :a, :who, cast(:s as jsonb))""")
                .param("t", recordType).param("id", recordId).param("a", action)
                .param("who", actor).param("s", json.writeValueAsString(snapshot))
                .update();
    }

    /**
     * Newest first, each with the fields that differ from the version before it. Record histories are public:
     * each change names its author as {@link ActorNames} shows them to readers, never by login username.
     */
    public List<Change> history(String recordType, long recordId) {
        UnaryOperator<String> names = actorNames.getIfAvailable(() -> locale -> UnaryOperator.identity())
                .forReaders(LocaleContextHolder.getLocale());
        List<Row> rows = jdbc.sql("""
                select action, actor, at, snapshot::text from audit_entry
                where record_type = :t and record_id = :id order by id""")
                .param("t", recordType).param("id", recordId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), json.readValue(rs.getString(4), SNAPSHOT)))
                .list();
        List<Change> changes = new java.util.ArrayList<>();
        Map<String, Object> before = Map.of();
        for (Row row : rows) {
            changes.add(new Change(row.action(), names.apply(row.actor()), row.at(), FieldChange.between(before, row.snapshot())));
            before = row.snapshot();
        }
        java.util.Collections.reverse(changes);
        return changes;
    }

    /** Recent changes across all records, for administrators: actors by login username. */
    public List<Entry> recent(int limit) {
        return jdbc.sql("""
                select record_type, record_id, action, actor, at from audit_entry order by id desc limit :n""")
                .param("n", limit)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .list();
    }

    private record Row(String action, String actor, OffsetDateTime at, Map<String, Object> snapshot) {}

    public record Entry(String recordType, long recordId, String action, String actor, OffsetDateTime at) {}

    public record Change(String action, String actor, OffsetDateTime at, List<FieldChange> fields) {}
}
