package org.crossroads.inventory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored initiatives, with their places and organisations (tables initiative, initiative_place, initiative_organisation). */
@org.springframework.modulith.NamedInterface("api")
@Repository
public class Initiatives {

    private static final TypeReference<Map<String, Map<String, String>>> TRANSLATIONS = new TypeReference<>() {};
    private static final String SELECT = """
            select i.*,
              array(select place_id from initiative_place p where p.initiative_id = i.id order by place_id) as place_ids,
              array(select organisation_id from initiative_organisation o where o.initiative_id = i.id and o.role = 'network' order by organisation_id) as network_ids,
              array(select organisation_id from initiative_organisation o where o.initiative_id = i.id and o.role = 'implementer' order by organisation_id) as implementer_ids,
              array(select organisation_id from initiative_organisation o where o.initiative_id = i.id and o.role = 'partner' order by organisation_id) as partner_ids,
              array(select organisation_id from initiative_organisation o where o.initiative_id = i.id and o.role = 'donor' order by organisation_id) as donor_ids
            from initiative i
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Initiatives(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Initiative> find(long id) {
        return jdbc.sql(SELECT + " where i.id = :id").param("id", id).query(this::initiative).optional();
    }

    public Optional<Initiative> findByExternalId(String externalId) {
        return jdbc.sql(SELECT + " where i.external_id = :e").param("e", externalId).query(this::initiative).optional();
    }

    /** In the order of the given ids; unknown ids are skipped. */
    public List<Initiative> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Initiative> byId = new HashMap<>();
        jdbc.sql(SELECT + " where i.id = any(:ids)").param("ids", ids.toArray(Long[]::new))
                .query(this::initiative).list().stream().forEach(i -> byId.put(i.id(), i));
        List<Initiative> ordered = new ArrayList<>();
        ids.forEach(id -> Optional.ofNullable(byId.get(id)).ifPresent(ordered::add));
        return ordered;
    }

    public List<Initiative> atPlace(long placeId) {
        return jdbc.sql(SELECT + """
                 where i.publication = 'published'
                   and exists (select 1 from initiative_place p where p.initiative_id = i.id and p.place_id = :p)
                 order by i.name""").param("p", placeId).query(this::initiative).list();
    }

    public List<Initiative> withOrganisation(long organisationId) {
        return jdbc.sql(SELECT + """
                 where i.publication = 'published'
                   and exists (select 1 from initiative_organisation o where o.initiative_id = i.id and o.organisation_id = :o)
                 order by i.name""").param("o", organisationId).query(this::initiative).list();
    }

    /**
     * Who takes part in each published initiative, and when: its places, implementers and partners, by id,
     * oldest first. The cooperation graph reads only this; a whole {@link Initiative} (texts, translations,
     * vocabularies) for each of 100,000 initiatives would cost it several times as long.
     */
    public List<Parties> publishedParties() {
        return jdbc.sql("""
                select i.id, i.name, i.start_date, i.end_date,
                  array(select place_id from initiative_place p where p.initiative_id = i.id order by place_id) as place_ids,
                  array(select organisation_id from initiative_organisation o where o.initiative_id = i.id and o.role = 'implementer' order by organisation_id) as implementer_ids,
                  array(select organisation_id from initiative_organisation o where o.initiative_id = i.id and o.role = 'partner' order by organisation_id) as partner_ids
                from initiative i where i.publication = 'published' order by i.id""")
                .query((rs, n) -> new Parties(rs.getLong("id"), rs.getString("name"), rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class), longs(rs.getArray("place_ids")),
                        longs(rs.getArray("implementer_ids")), longs(rs.getArray("partner_ids"))))
                .list();
    }

    /** The places and organisations of a published initiative, and its period (either end may be null). */
    public record Parties(long id, String name, LocalDate start, LocalDate end, List<Long> placeIds, List<Long> implementerIds,
            List<Long> partnerIds) {}

    /** Every published initiative, oldest first: for what is worked out over all of them. */
    public List<Initiative> published() {
        return jdbc.sql(SELECT + " where i.publication = 'published' order by i.id").query(this::initiative).list();
    }

    public List<Initiative> proposed() {
        return jdbc.sql(SELECT + " where i.publication = 'proposed' order by i.created_at").query(this::initiative).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from initiative where publication = 'published'").query(Long.class).single();
    }

    long insert(Resolved r, String publication, String actor) {
        long id = jdbc.sql("""
                insert into initiative (external_id, name, summary, activity_type, themes, country_codes, network_wide,
                  start_date, end_date, status, links, gcm_objectives, gcr_objectives, sdg_targets, lampedusa_principles,
                  routes, translations, language, publication, source, created_by, search_text)
                values (:external_id, :name, :summary, :activity_type, :themes, :countries, :network_wide,
                  :start, :end, :status, :links, :gcm, :gcr, :sdg, :lampedusa,
                  :routes, cast(:translations as jsonb), :language, :publication, :source, :actor, :search_text)
                returning id""")
                .params(parameters(r)).param("publication", publication).param("actor", actor)
                .query(Long.class).single();
        writeLinks(id, r);
        return id;
    }

    /** @return false when the stored version is not the expected one (someone else saved first) */
    boolean update(long id, int expectedVersion, Resolved r, String actor) {
        int rows = jdbc.sql("""
                update initiative set external_id = :external_id, name = :name, summary = :summary,
                  activity_type = :activity_type, themes = :themes, country_codes = :countries, network_wide = :network_wide,
                  start_date = :start, end_date = :end, status = :status, links = :links, gcm_objectives = :gcm,
                  gcr_objectives = :gcr, sdg_targets = :sdg, lampedusa_principles = :lampedusa, routes = :routes,
                  translations = cast(:translations as jsonb), language = :language, source = :source, search_text = :search_text,
                  updated_by = :actor, updated_at = now(), version = version + 1
                where id = :id and version = :version""")
                .params(parameters(r)).param("id", id).param("version", expectedVersion).param("actor", actor)
                .update();
        if (rows == 0) {
            return false;
        }
        jdbc.sql("delete from initiative_place where initiative_id = :id").param("id", id).update();
        jdbc.sql("delete from initiative_organisation where initiative_id = :id").param("id", id).update();
        writeLinks(id, r);
        return true;
    }

    boolean publish(long id, String actor) {
        return jdbc.sql("""
                update initiative set publication = 'published', updated_by = :actor, updated_at = now(), version = version + 1
                where id = :id and publication = 'proposed'""").param("id", id).param("actor", actor).update() > 0;
    }

    boolean delete(long id, int expectedVersion) {
        return jdbc.sql("delete from initiative where id = :id and version = :v").param("id", id).param("v", expectedVersion)
                .update() > 0;
    }

    private void writeLinks(long id, Resolved r) {
        for (Long placeId : r.placeIds()) {
            jdbc.sql("insert into initiative_place (initiative_id, place_id) values (:i, :p) on conflict do nothing")
                    .param("i", id).param("p", placeId).update();
        }
        link(id, r.networkIds(), "network");
        link(id, r.implementerIds(), "implementer");
        link(id, r.partnerIds(), "partner");
        link(id, r.donorIds(), "donor");
    }

    private void link(long id, Collection<Long> organisationIds, String role) {
        for (Long organisationId : organisationIds) {
            jdbc.sql("""
                    insert into initiative_organisation (initiative_id, organisation_id, role) values (:i, :o, :r)
                    on conflict do nothing""").param("i", id).param("o", organisationId).param("r", role).update();
        }
    }

    private Map<String, Object> parameters(Resolved r) {
        InitiativeDraft d = r.draft();
        Map<String, Object> p = new HashMap<>();
        p.put("external_id", r.externalId());
        p.put("name", d.name().strip());
        p.put("summary", d.summary() == null || d.summary().isBlank() ? null : d.summary().strip());
        p.put("activity_type", d.activityType());
        p.put("themes", d.themes().toArray(String[]::new));
        p.put("countries", r.countryCodes().toArray(String[]::new));
        p.put("network_wide", d.networkWide());
        p.put("start", d.start());
        p.put("end", d.end());
        p.put("status", d.status());
        p.put("links", d.links().toArray(String[]::new));
        p.put("gcm", d.gcmObjectives().toArray(Integer[]::new));
        p.put("gcr", d.gcrObjectives().toArray(Integer[]::new));
        p.put("sdg", d.sdgTargets().toArray(String[]::new));
        p.put("lampedusa", d.lampedusaPrinciples().toArray(Integer[]::new));
        p.put("routes", d.routes().toArray(String[]::new));
        p.put("translations", json.writeValueAsString(d.translations()));
        p.put("language", d.language());
        p.put("source", d.source().strip());
        p.put("search_text", r.searchText());
        return p;
    }

    private Initiative initiative(ResultSet rs, int row) throws SQLException {
        return new Initiative(rs.getLong("id"), rs.getString("external_id"), rs.getString("name"),
                rs.getString("summary"), rs.getString("activity_type"), strings(rs.getArray("themes")),
                longs(rs.getArray("place_ids")), strings(rs.getArray("country_codes")), rs.getBoolean("network_wide"),
                longs(rs.getArray("network_ids")), longs(rs.getArray("implementer_ids")),
                longs(rs.getArray("partner_ids")), longs(rs.getArray("donor_ids")),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getString("status"), strings(rs.getArray("links")), integers(rs.getArray("gcm_objectives")),
                integers(rs.getArray("gcr_objectives")), strings(rs.getArray("sdg_targets")),
                integers(rs.getArray("lampedusa_principles")), strings(rs.getArray("routes")),
                json.readValue(rs.getString("translations"), TRANSLATIONS), rs.getString("publication"),
                rs.getString("source"), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"),
                rs.getString("language"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(o -> ((Number) o).longValue()).toList();
    }

    static List<Integer> integers(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(o -> ((Number) o).intValue()).toList();
    }
}
