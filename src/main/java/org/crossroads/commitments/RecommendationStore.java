package org.crossroads.commitments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.shared.vocabulary.ShownText;
import org.crossroads.shared.web.ListSort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The stored recommendations and the register of their uptake. */
@Repository
class RecommendationStore {

    /** The parties of uptake {@code u}, for {@link CommitmentPermissions#visible}. */
    static final String PARTIES = "(u.place_id %s or u.organisation_id %s)";

    private final JdbcClient jdbc;
    private final Json json;

    RecommendationStore(JdbcClient jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.json = new Json(mapper);
    }

    private static String select(String visibleUptake) {
        return "select r.*, r.translations::text as translations_json, r.source::text as source_json,"
                + " (select count(*) from recommendation_uptake u where u.recommendation_id = r.id and " + visibleUptake
                + ") as uptakes from recommendation r";
    }

    Optional<Recommendation> find(long id, String visibleUptake, Map<String, Object> params) {
        return jdbc.sql(select(visibleUptake) + " where r.id = :id").params(params).param("id", id)
                .query(this::recommendation).optional();
    }

    Optional<Long> idOf(String externalId) {
        return jdbc.sql("select id from recommendation where external_id = :e").param("e", externalId).query(Long.class)
                .optional();
    }

    /**
     * One page of the recommendations: by their last change or uptake the reader may see (most recent first; the
     * built-in ones then in their reports' order), or by their text as the reader sees it (A–Z).
     */
    List<Recommendation> search(RecommendationQuery query, String visibleUptake, Map<String, Object> visibleParams,
            ListSort sort, String language, int limit, int offset) {
        Map<String, Object> params = new LinkedHashMap<>(visibleParams);
        String where = query.where(visibleUptake, params);
        String order = sort == ListSort.NAME ? ListSort.nameKey(ShownText.sql("r", "text", "r.text")) + ", r.id"
                : "greatest(coalesce(r.updated_at, r.created_at), (select max(u.recorded_at) from recommendation_uptake u"
                        + " where u.recommendation_id = r.id and " + visibleUptake + ")) desc, r.id";
        return jdbc.sql(select(visibleUptake) + " where " + where + " order by " + order + " limit :limit offset :offset")
                .params(params).param("lang", language).param("limit", limit).param("offset", offset)
                .query(this::recommendation).list();
    }

    long count(RecommendationQuery query, String visibleUptake, Map<String, Object> visibleParams) {
        Map<String, Object> params = new LinkedHashMap<>(visibleParams);
        return jdbc.sql("select count(*) from recommendation r where " + query.where(visibleUptake, params))
                .params(params).query(Long.class).single();
    }

    long insert(Recommendation r, String actor) {
        return jdbc.sql("""
                insert into recommendation (external_id, document_id, event_id, section, number, language, text,
                  translations, addressees, themes, source, created_by)
                values (:externalId, :document, :event, :section, :number, :language, :text, cast(:translations as jsonb),
                  :addressees, :themes, cast(:source as jsonb), :actor)
                returning id""").params(columns(r)).param("externalId", r.externalId()).param("actor", actor)
                .query(Long.class).single();
    }

    boolean update(long id, int expectedVersion, Recommendation r, String actor) {
        return jdbc.sql("""
                update recommendation set document_id = :document, event_id = :event, section = :section, number = :number,
                  language = :language, text = :text, translations = cast(:translations as jsonb), addressees = :addressees,
                  themes = :themes, source = cast(:source as jsonb), updated_by = :actor, updated_at = now(),
                  version = version + 1
                where id = :id and version = :version""").params(columns(r)).param("id", id)
                .param("version", expectedVersion).param("actor", actor).update() == 1;
    }

    /** The uptakes of a recommendation a condition lets through, oldest first, with their evidence. */
    List<Uptake> uptakes(long recommendationId, String visible, Map<String, Object> params) {
        return uptakesWhere("u.recommendation_id = :rec and " + visible, params, recommendationId);
    }

    /** The uptakes of a place (or of every place, when null) a condition lets through. */
    List<Uptake> uptakesOf(Long placeId, String visible, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        if (placeId != null) {
            all.put("place", placeId);
        }
        return uptakesWhere((placeId == null ? "true" : "u.place_id = :place") + " and " + visible, all, null);
    }

    private List<Uptake> uptakesWhere(String where, Map<String, Object> params, Long recommendationId) {
        List<Uptake> uptakes = jdbc.sql("""
                select u.*, u.translations::text as translations_json, u.source::text as source_json
                from recommendation_uptake u where\s""" + where + " order by u.taken_on, u.id").params(params)
                .params(recommendationId == null ? Map.of() : Map.of("rec", recommendationId)).query(this::uptake).list();
        if (uptakes.isEmpty()) {
            return uptakes;
        }
        Map<Long, List<Evidence>> evidence = new HashMap<>();
        jdbc.sql("select * from commitment_evidence where uptake_id = any(:ids) order by id")
                .param("ids", uptakes.stream().map(Uptake::id).toArray(Long[]::new))
                .query((rs, row) -> evidence.computeIfAbsent(rs.getLong("uptake_id"), k -> new ArrayList<>())
                        .add(PledgeStore.evidence(rs))).list();
        return uptakes.stream().map(u -> u.withEvidence(evidence.getOrDefault(u.id(), List.of()))).toList();
    }

    /** One uptake with its evidence, whoever may see it (the caller checks). */
    Optional<Uptake> findUptake(long id) {
        return uptakesWhere("u.id = :id", Map.of("id", id), null).stream().findFirst();
    }

    /** Every uptake of a recommendation, restricted or not: counted, never listed. */
    long countUptakes(long recommendationId) {
        return jdbc.sql("select count(*) from recommendation_uptake where recommendation_id = :r")
                .param("r", recommendationId).query(Long.class).single();
    }

    long insertUptake(Uptake u, String actor) {
        long id = jdbc.sql("""
                insert into recommendation_uptake (recommendation_id, place_id, organisation_id, actor_name, taken_on,
                  precision, language, how, translations, visibility, source, recorded_by)
                values (:rec, :place, :organisation, :actorName, :takenOn, :precision, :language, :how,
                  cast(:translations as jsonb), :visibility, cast(:source as jsonb), :actor)
                returning id""").param("rec", u.recommendationId()).param("place", u.placeId())
                .param("organisation", u.organisationId()).param("actorName", u.actorName())
                .param("takenOn", u.taken().date()).param("precision", u.taken().precision().code())
                .param("language", u.language()).param("how", u.how()).param("translations", json.write(u.translations()))
                .param("visibility", u.restricted() ? "restricted" : "public").param("source", json.write(u.source()))
                .param("actor", actor).query(Long.class).single();
        insertEvidence(id, u.evidence());
        return id;
    }

    /** Replaces an uptake's fields and evidence if nobody changed it since {@code expectedVersion}. */
    boolean updateUptake(long id, int expectedVersion, Uptake u, String actor) {
        boolean updated = jdbc.sql("""
                update recommendation_uptake set place_id = :place, organisation_id = :organisation,
                  actor_name = :actorName, taken_on = :takenOn, precision = :precision, language = :language, how = :how,
                  translations = cast(:translations as jsonb), visibility = :visibility, updated_by = :actor,
                  updated_at = now(), version = version + 1
                where id = :id and version = :version""").param("id", id).param("version", expectedVersion)
                .param("place", u.placeId()).param("organisation", u.organisationId()).param("actorName", u.actorName())
                .param("takenOn", u.taken().date()).param("precision", u.taken().precision().code())
                .param("language", u.language()).param("how", u.how()).param("translations", json.write(u.translations()))
                .param("visibility", u.restricted() ? "restricted" : "public").param("actor", actor).update() == 1;
        if (updated) {
            jdbc.sql("delete from commitment_evidence where uptake_id = :id").param("id", id).update();
            insertEvidence(id, u.evidence());
        }
        return updated;
    }

    /** Removes an uptake with its evidence. */
    void deleteUptake(long id) {
        jdbc.sql("delete from recommendation_uptake where id = :id").param("id", id).update();
    }

    private void insertEvidence(long uptakeId, List<Evidence> evidence) {
        for (Evidence e : evidence) {
            jdbc.sql("""
                    insert into commitment_evidence (uptake_id, kind, record_id, indicator_code, place_id, year, url)
                    values (:owner, :kind, :record, :indicator, :place, :year, :url)""").param("owner", uptakeId)
                    .params(PledgeStore.evidence(e)).update();
        }
    }

    private Map<String, Object> columns(Recommendation r) {
        Map<String, Object> c = new HashMap<>();
        c.put("document", r.documentId());
        c.put("event", r.eventId());
        c.put("section", r.section());
        c.put("number", r.number());
        c.put("language", r.language());
        c.put("text", r.text());
        c.put("translations", json.write(r.translations()));
        c.put("addressees", r.addressees().toArray(String[]::new));
        c.put("themes", r.themes().toArray(String[]::new));
        c.put("source", json.write(r.source()));
        return c;
    }

    private Recommendation recommendation(ResultSet rs, int row) throws SQLException {
        return new Recommendation(rs.getLong("id"), rs.getString("external_id"), rs.getObject("document_id", Long.class),
                rs.getObject("event_id", Long.class), rs.getString("section"), rs.getObject("number", Integer.class),
                rs.getString("language"), rs.getString("text"), json.translations(rs.getString("translations_json")),
                Json.strings(rs.getArray("addressees")), Json.strings(rs.getArray("themes")),
                json.source(rs.getString("source_json")), rs.getInt("uptakes"), rs.getInt("version"));
    }

    private Uptake uptake(ResultSet rs, int row) throws SQLException {
        return new Uptake(rs.getLong("id"), rs.getLong("recommendation_id"), rs.getObject("place_id", Long.class),
                rs.getObject("organisation_id", Long.class), rs.getString("actor_name"),
                PartialDate.of(rs.getObject("taken_on", LocalDate.class), rs.getString("precision")),
                rs.getString("language"), rs.getString("how"), json.translations(rs.getString("translations_json")),
                "restricted".equals(rs.getString("visibility")), json.source(rs.getString("source_json")), List.of(),
                rs.getString("recorded_by"), rs.getInt("version"));
    }
}
