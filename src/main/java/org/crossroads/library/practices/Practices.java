package org.crossroads.library.practices;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored practices with their further cities, links and transfers. Readers' reads go through {@link PracticeReads}. */
@Repository
class Practices {

    private static final TypeReference<Map<String, Map<String, String>>> TRANSLATIONS = new TypeReference<>() {};
    private static final TypeReference<List<Practice.Contact>> CONTACTS = new TypeReference<>() {};
    private static final TypeReference<List<Practice.Source>> SOURCES = new TypeReference<>() {};
    private static final TypeReference<List<Practice.Transfer>> TRANSFERS = new TypeReference<>() {};
    private static final TypeReference<List<Practice.DataValue>> DATA_VALUES = new TypeReference<>() {};

    private static final String SELECT = """
            select p.*, p.translations::text as translations_json, p.contacts::text as contacts_json,
              p.sources::text as sources_json,
              array(select place_id from practice_place pp where pp.practice_id = p.id order by place_id) as further,
              array(select record_id from practice_link l where l.practice_id = p.id and l.record = 'initiative' order by record_id) as initiative_ids,
              array(select record_id from practice_link l where l.practice_id = p.id and l.record = 'event' order by record_id) as event_ids,
              array(select record_id from practice_link l where l.practice_id = p.id and l.record = 'document' order by record_id) as document_ids,
              (select coalesce(json_agg(json_build_object('toPlaceId', t.to_place_id, 'year', t.year,
                  'whatChanged', t.what_changed, 'source', t.source) order by t.year nulls last, t.to_place_id), '[]')
               from practice_transfer t where t.practice_id = p.id)::text as transfers_json,
              (select coalesce(json_agg(json_build_object('indicator', d.indicator_code, 'placeId', d.place_id,
                  'year', d.year) order by d.indicator_code, d.place_id, d.year), '[]')
               from practice_data_value d where d.practice_id = p.id)::text as data_values_json
            from practice p""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Practices(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Practice> find(long id) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(this::practice).optional();
    }

    Optional<Practice> findByExternalId(String externalId) {
        return jdbc.sql(SELECT + " where p.external_id = :id").param("id", externalId).query(this::practice).optional();
    }

    /** The first {@code limit} practices meeting {@code where}, in the given order (the one search's hits). */
    List<Practice> first(String where, String order, Map<String, Object> params, int limit) {
        return jdbc.sql(SELECT + " where " + where + " order by " + order + " limit :limit").params(params)
                .param("limit", limit).query(this::practice).list();
    }

    /** Matching practices the condition {@code visible} lets through, in the given order. */
    List<Practice> search(PracticeQuery query, String visible, Map<String, Object> visibleParams, String order) {
        Map<String, Object> params = new LinkedHashMap<>(visibleParams);
        String where = query.where(visible, params);
        return jdbc.sql(SELECT + where + " order by " + order).params(params).query(this::practice).list();
    }

    long count() {
        return jdbc.sql("select count(*) from practice").query(Long.class).single();
    }

    long insert(Practice p, String externalId, String actor) {
        long id = jdbc.sql("""
                insert into practice (external_id, language, title, translations, variant_names, place_id, country_codes,
                    themes, problem, identified, size_class, route_role, legal_mandate, resources, approach, actors, costs,
                    results, success_factors, watch_out, transfer_principles, contacts, sources, publication, provenance,
                    created_by)
                values (:externalId, :language, :title, cast(:translations as jsonb), :variantNames, :place, :countries,
                    :themes, :problem, :identified, :sizeClass, :routeRole, :legal_mandate, :resources, :approach, :actors,
                    :costs, :results, :success_factors, :watch_out, :transfer_principles, cast(:contacts as jsonb),
                    cast(:sources as jsonb), :publication, :provenance, :actor)
                returning id""")
                .params(columns(p)).param("externalId", externalId).param("publication", p.publication())
                .param("provenance", p.provenance()).param("actor", actor).query(Long.class).single();
        writeRelations(id, p);
        return id;
    }

    /** False when the practice changed since {@code expectedVersion} was read. */
    boolean update(long id, int expectedVersion, Practice p, String actor) {
        boolean updated = jdbc.sql("""
                update practice set language = :language, title = :title, translations = cast(:translations as jsonb),
                    variant_names = :variantNames, place_id = :place, country_codes = :countries, themes = :themes,
                    problem = :problem, identified = :identified, size_class = :sizeClass, route_role = :routeRole,
                    legal_mandate = :legal_mandate, resources = :resources, approach = :approach, actors = :actors,
                    costs = :costs, results = :results, success_factors = :success_factors, watch_out = :watch_out,
                    transfer_principles = :transfer_principles, contacts = cast(:contacts as jsonb),
                    sources = cast(:sources as jsonb), updated_by = :actor, updated_at = now(), version = version + 1
                where id = :id and version = :version""")
                .params(columns(p)).param("actor", actor).param("id", id).param("version", expectedVersion).update() == 1;
        if (updated) {
            jdbc.sql("delete from practice_place where practice_id = :id").param("id", id).update();
            jdbc.sql("delete from practice_link where practice_id = :id").param("id", id).update();
            jdbc.sql("delete from practice_transfer where practice_id = :id").param("id", id).update();
            jdbc.sql("delete from practice_data_value where practice_id = :id").param("id", id).update();
            writeRelations(id, p);
        }
        return updated;
    }

    /** Adds or removes one document of a practice's evidence; false when that changed nothing. */
    boolean linkDocument(long id, long documentId, boolean linked, String actor) {
        int changed = linked
                ? jdbc.sql("insert into practice_link (practice_id, record, record_id) values (:id, 'document', :d) on conflict do nothing")
                        .param("id", id).param("d", documentId).update()
                : jdbc.sql("delete from practice_link where practice_id = :id and record = 'document' and record_id = :d")
                        .param("id", id).param("d", documentId).update();
        if (changed == 0) {
            return false;
        }
        // a change of the practice like any other: an editor holding an older version is told on saving
        jdbc.sql("update practice set updated_by = :actor, updated_at = now(), version = version + 1 where id = :id")
                .param("actor", actor).param("id", id).update();
        return true;
    }

    /** False when it changed since {@code expectedVersion} was read or is published already. */
    boolean publish(long id, int expectedVersion, String actor) {
        return jdbc.sql("""
                update practice set publication = 'published', updated_by = :actor, updated_at = now(), version = version + 1
                where id = :id and version = :version and publication = 'proposed'""")
                .param("id", id).param("version", expectedVersion).param("actor", actor).update() == 1;
    }

    /** Every transfer of a published practice, with the practice's city (or countries) and themes, oldest first. */
    List<PracticeTransfers.PublishedTransfer> publishedTransfers() {
        return jdbc.sql("""
                select p.id, p.title, p.place_id, p.country_codes, t.to_place_id, p.themes, t.year
                from practice_transfer t join practice p on p.id = t.practice_id
                where p.publication = 'published' order by t.year nulls last, p.id, t.to_place_id""")
                .query((rs, n) -> new PracticeTransfers.PublishedTransfer(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, Long.class), strings(rs.getArray(4)), rs.getLong(5), strings(rs.getArray(6)),
                        rs.getObject(7, Integer.class)))
                .list();
    }

    private void writeRelations(long id, Practice p) {
        for (long place : p.furtherPlaceIds()) {
            jdbc.sql("insert into practice_place (practice_id, place_id) values (:id, :place) on conflict do nothing")
                    .param("id", id).param("place", place).update();
        }
        link(id, "initiative", p.initiativeIds());
        link(id, "event", p.eventIds());
        link(id, "document", p.documentIds());
        for (Practice.Transfer t : p.transfers()) {
            jdbc.sql("""
                    insert into practice_transfer (practice_id, to_place_id, year, what_changed, source)
                    values (:id, :to, :year, :whatChanged, :source)""")
                    .param("id", id).param("to", t.toPlaceId()).param("year", t.year())
                    .param("whatChanged", t.whatChanged()).param("source", t.source()).update();
        }
        for (Practice.DataValue v : p.dataValues()) {
            jdbc.sql("""
                    insert into practice_data_value (practice_id, indicator_code, place_id, year)
                    values (:id, :indicator, :place, :year) on conflict do nothing""")
                    .param("id", id).param("indicator", v.indicator()).param("place", v.placeId()).param("year", v.year())
                    .update();
        }
    }

    private void link(long id, String record, List<Long> recordIds) {
        for (long recordId : recordIds) {
            jdbc.sql("insert into practice_link (practice_id, record, record_id) values (:id, :record, :recordId) "
                    + "on conflict do nothing").param("id", id).param("record", record).param("recordId", recordId).update();
        }
    }

    private Map<String, Object> columns(Practice p) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("language", p.language());
        c.put("title", p.title());
        c.put("translations", json.writeValueAsString(p.translations()));
        c.put("variantNames", p.variantNames().toArray(String[]::new));
        c.put("place", p.placeId());
        c.put("countries", p.countryCodes().toArray(String[]::new));
        c.put("themes", p.themes().toArray(String[]::new));
        c.put("sizeClass", p.sizeClass());
        c.put("routeRole", p.routeRole());
        Practice.SECTIONS.forEach(s -> c.put(s, p.sections().get(s)));
        c.put("contacts", json.writeValueAsString(p.contacts()));
        c.put("sources", json.writeValueAsString(p.sources()));
        return c;
    }

    private Practice practice(ResultSet rs, int row) throws SQLException {
        Map<String, String> sections = new LinkedHashMap<>();
        for (String s : Practice.SECTIONS) {
            if (rs.getString(s) != null) {
                sections.put(s, rs.getString(s));
            }
        }
        return new Practice(rs.getLong("id"), rs.getString("external_id"), rs.getString("language"), rs.getString("title"),
                json.readValue(rs.getString("translations_json"), TRANSLATIONS), strings(rs.getArray("variant_names")),
                rs.getObject("place_id", Long.class), longs(rs.getArray("further")), strings(rs.getArray("country_codes")),
                strings(rs.getArray("themes")), rs.getString("size_class"), rs.getString("route_role"), sections,
                json.readValue(rs.getString("contacts_json"), CONTACTS), json.readValue(rs.getString("sources_json"), SOURCES),
                longs(rs.getArray("initiative_ids")), longs(rs.getArray("event_ids")), longs(rs.getArray("document_ids")),
                json.readValue(rs.getString("transfers_json"), TRANSFERS), rs.getString("publication"), rs.getString("provenance"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"),
                json.readValue(rs.getString("data_values_json"), DATA_VALUES));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(o -> ((Number) o).longValue()).toList();
    }
}
