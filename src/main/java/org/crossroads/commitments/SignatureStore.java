package org.crossroads.commitments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The stored signatures. Every read names the condition of what its reader may see ({@link CommitmentPermissions}). */
@Repository
class SignatureStore {

    static final String PARTIES = "(s.place_id %s or s.organisation_id %s)";

    private final JdbcClient jdbc;
    private final Json json;

    SignatureStore(JdbcClient jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.json = new Json(mapper);
    }

    Optional<Signature> find(long id) {
        return jdbc.sql("select s.*, s.source::text as source_json from signature s where s.id = :id").param("id", id)
                .query(this::signature).optional();
    }

    /** The signatures a condition lets through, of one framework, place or organisation, or of all (nulls). */
    List<Signature> of(Long frameworkId, Long placeId, Long organisationId, String visible, Map<String, Object> params) {
        return jdbc.sql("select s.*, s.source::text as source_json from signature s where " + visible
                + (frameworkId == null ? "" : " and s.framework_id = :framework")
                + (placeId == null ? "" : " and s.place_id = :place")
                + (organisationId == null ? "" : " and s.organisation_id = :organisation")
                + " order by s.signed_on nulls last, s.id").params(params)
                .params(nullable("framework", frameworkId, "place", placeId, "organisation", organisationId))
                .query(this::signature).list();
    }

    /** Every signature of a framework, restricted or not: counted, never listed. */
    long countAll(long frameworkId) {
        return jdbc.sql("select count(*) from signature where framework_id = :f").param("f", frameworkId)
                .query(Long.class).single();
    }

    Optional<Long> idOf(long frameworkId, Long placeId, Long organisationId) {
        return jdbc.sql("""
                select id from signature where framework_id = :f and coalesce(place_id, -1) = coalesce(:p, -1)
                  and coalesce(organisation_id, -1) = coalesce(:o, -1)""").param("f", frameworkId).param("p", placeId)
                .param("o", organisationId).query(Long.class).optional();
    }

    long insert(Signature s, String actor) {
        return jdbc.sql("""
                insert into signature (framework_id, place_id, organisation_id, kind, on_behalf_of_members, signed_on,
                  signed_precision, office, source, visibility, created_by)
                values (:framework, :place, :organisation, :kind, :behalf, :signedOn, :precision, :office,
                  cast(:source as jsonb), :visibility, :actor)
                returning id""").params(columns(s)).param("actor", actor).query(Long.class).single();
    }

    boolean update(long id, int expectedVersion, Signature s, String actor) {
        return jdbc.sql("""
                update signature set place_id = :place, organisation_id = :organisation, kind = :kind,
                  on_behalf_of_members = :behalf, signed_on = :signedOn, signed_precision = :precision, office = :office,
                  source = cast(:source as jsonb), visibility = :visibility, updated_by = :actor, updated_at = now(),
                  version = version + 1
                where id = :id and version = :version""").params(columns(s)).param("id", id)
                .param("version", expectedVersion).param("actor", actor).update() == 1;
    }

    void delete(long id) {
        jdbc.sql("delete from signature where id = :id").param("id", id).update();
    }

    private Map<String, Object> columns(Signature s) {
        Map<String, Object> c = new HashMap<>();
        c.put("framework", s.frameworkId());
        c.put("place", s.placeId());
        c.put("organisation", s.organisationId());
        c.put("kind", s.kind());
        c.put("behalf", s.onBehalfOfMembers());
        c.put("signedOn", s.signed() == null ? null : s.signed().date());
        c.put("precision", s.signed() == null ? "day" : s.signed().precision().code());
        c.put("office", s.office());
        c.put("source", json.write(s.source()));
        c.put("visibility", s.restricted() ? "restricted" : "public");
        return c;
    }

    static Map<String, Object> nullable(Object... keysAndValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                m.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return m;
    }

    private Signature signature(ResultSet rs, int row) throws SQLException {
        return new Signature(rs.getLong("id"), rs.getLong("framework_id"), rs.getObject("place_id", Long.class),
                rs.getObject("organisation_id", Long.class), rs.getString("kind"), rs.getBoolean("on_behalf_of_members"),
                PartialDate.of(rs.getObject("signed_on", LocalDate.class), rs.getString("signed_precision")),
                rs.getString("office"), json.source(rs.getString("source_json")),
                "restricted".equals(rs.getString("visibility")), rs.getString("created_by"), rs.getInt("version"));
    }
}
