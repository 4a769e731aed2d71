package org.crossroads.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crossroads.shared.search.FacetSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.crossroads.shared.web.ListSort;

/** Reads organisations: by id, by the references used in import files, and by name. */
@org.springframework.modulith.NamedInterface("api")
@Repository
public class Organisations {

    static final String COLUMNS = """
            id, external_id, name, acronym, type, country_code, place_id, website, description,
            publication, source, version, alternate_names""";

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organisation> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from organisation where id = :id").param("id", id)
                .query(Organisations::organisation).optional();
    }

    public Map<Long, Organisation> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select " + COLUMNS + " from organisation where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query(Organisations::organisation).list().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
    }

    /** One spelling for every reference to the same organisation: its id when it resolves, else the reference without case. */
    public String canonicalReference(String reference) {
        return resolve(reference).map(o -> "#" + o.id()).orElseGet(() -> reference.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** By external id ({@code org:uclg}), else by exact name or acronym ignoring case and accents. */
    public Optional<Organisation> resolve(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " " + """
                 from organisation
                 where external_id = :r or crossroads_key(name) = crossroads_key(:r)
                    or crossroads_key(acronym) = crossroads_key(:r)
                 order by (external_id = :r) desc, id limit 1""")
                .param("r", reference.strip()).query(Organisations::organisation).optional();
    }

    /** Published city networks, for facets and pick lists. */
    /** Published organisations whose seat is this city (a city profile's local actors). */
    public List<Organisation> seatedIn(long placeId) {
        return jdbc.sql("select " + COLUMNS + " from organisation where place_id = :p and publication = 'published' order by name")
                .param("p", placeId).query(Organisations::organisation).list();
    }

    public List<Organisation> networks() {
        return jdbc.sql("select " + COLUMNS + " from organisation where type = 'city_network' and publication = 'published'"
                        + " order by coalesce(acronym, name)")
                .query(Organisations::organisation).list();
    }

    public List<Organisation> search(String query, String type, int limit) {
        String q = query == null ? "" : query.strip();
        return jdbc.sql("select " + COLUMNS + " " + """
                 from organisation
                 where (:q = '' or crossroads_key(name) like '%' || crossroads_key(:q) || '%'
                        or crossroads_key(acronym) = crossroads_key(:q))
                   and (:t = '' or type = :t)
                 order by coalesce(acronym, name) limit :limit""")
                .param("q", q).param("t", type == null ? "" : type).param("limit", limit)
                .query(Organisations::organisation).list();
    }

    /**
     * One page of published organisations matching the query in its order (ties broken by id): by relevance, the name
     * or acronym searched for first, then those beginning with the words; by name; or most recently changed first.
     */
    public ResultPage<Organisation> list(OrganisationQuery query) {
        String where = """
                 from organisation
                 where publication = 'published'
                   and (:q = '' or crossroads_normalise(name) like '%' || crossroads_normalise(:q) || '%'
                        or crossroads_normalise(acronym) like crossroads_normalise(:q) || '%'
                        or ('|' || crossroads_normalise(alternate_names) || '|') like '%|' || crossroads_normalise(:q) || '%')
                   and (:t = '' or type = :t)""";
        String order = switch (query.sort()) {
            case RELEVANCE -> """
                    coalesce(crossroads_normalise(acronym) = crossroads_normalise(:q) or crossroads_normalise(name) = crossroads_normalise(:q), false) desc,
                    coalesce(crossroads_normalise(acronym) like crossroads_normalise(:q) || '%'
                             or crossroads_normalise(name) like crossroads_normalise(:q) || '%', false) desc,
                    """ + ListSort.nameKey("name") + ", id";
            case CHANGED -> "coalesce(updated_at, created_at) desc, id desc";
            case NAME, DATE -> ListSort.nameKey("name") + ", id";
        };
        List<Organisation> items = jdbc.sql("select " + COLUMNS + " " + where + " order by " + order + " limit :size offset :offset")
                .param("q", query.q()).param("t", query.type()).param("size", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(Organisations::organisation).list();
        long total = jdbc.sql("select count(*) " + where).param("q", query.q()).param("t", query.type())
                .query(Long.class).single();
        return new ResultPage<>(items, total, query.page(), query.size());
    }

    /** Organisations found by the platform's one search with their facet counts (docs/library.md, "One search: facets"). */
    public record Faceted(List<Organisation> organisations, FacetSql.Counted facets) {}

    private static final String MATCHES = """
            o.publication = 'published'
              and (:q = '' or crossroads_normalise(o.name) like '%' || crossroads_normalise(:q) || '%'
                   or crossroads_normalise(o.acronym) like crossroads_normalise(:q) || '%'
                   or ('|' || crossroads_normalise(o.alternate_names) || '|') like '%|' || crossroads_normalise(:q) || '%')""";

    /**
     * The published organisations whose name, acronym or a known variant matches the words, as {@link #list} finds
     * them, and the selected countries, the first {@code size}, with the counts per country computed in SQL.
     */
    public Faceted searchFaceted(String q, Map<String, Set<String>> selected, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("q", q == null ? "" : q.strip());
        FacetSql facets = new FacetSql("organisation o", "o.id, o.country_code::text as country", MATCHES, List.of(
                new FacetSql.Dimension("country", FacetSql.texts(selected, "country", params, "o.country_code in (:f_country)"),
                        "cross join lateral (select m.country) u(v)")));
        FacetSql.Counted counted = facets.count(jdbc, params);
        StringBuilder where = new StringBuilder(MATCHES);
        facets.dimensions().stream().filter(f -> f.selected() != null).forEach(f -> where.append(" and ").append(f.selected()));
        List<Organisation> found = jdbc.sql("select " + COLUMNS + " from organisation o where " + where
                + " order by crossroads_key(coalesce(o.acronym, o.name)), o.id limit :size")
                .params(params).param("size", size).query(Organisations::organisation).list();
        return new Faceted(found, counted);
    }

    /** Organisations proposed by contributors and not yet published, oldest first. */
    public List<Organisation> proposed() {
        return jdbc.sql("select " + COLUMNS + " from organisation where publication = 'proposed' order by id")
                .query(Organisations::organisation).list();
    }

    public Optional<Provenance> provenance(long id) {
        return jdbc.sql("select source, created_by, created_at, updated_by, updated_at from organisation where id = :id")
                .param("id", id).query(Places::provenance).optional();
    }

    Optional<Organisation> findByExternalId(String externalId) {
        return jdbc.sql("select " + COLUMNS + " from organisation where external_id = :e").param("e", externalId)
                .query(Organisations::organisation).optional();
    }

    long insert(String externalId, Checked o, String publication, String actor) {
        return jdbc.sql("""
                insert into organisation (external_id, name, acronym, type, country_code, place_id, website,
                                          description, publication, source, created_by, alternate_names)
                values (:e, :name, :acronym, :type, :cc, :place, :web, :descr, :pub, :source, :actor, :alt) returning id""")
                .param("alt", o.alternateNames())
                .param("e", externalId).param("name", o.name()).param("acronym", o.acronym()).param("type", o.type())
                .param("cc", o.countryCode()).param("place", o.placeId()).param("web", o.website())
                .param("descr", o.description()).param("pub", publication).param("source", o.source())
                .param("actor", actor).query(Long.class).single();
    }

    boolean update(long id, int version, Checked o, String actor) {
        return jdbc.sql("""
                update organisation set name = :name, acronym = :acronym, type = :type, country_code = :cc,
                       place_id = :place, website = :web, description = :descr, source = :source,
                       alternate_names = case when :keepAlt then alternate_names else :alt end,
                       updated_by = :actor, updated_at = now(), version = version + 1
                where id = :id and version = :version""")
                .param("name", o.name()).param("acronym", o.acronym()).param("type", o.type())
                .param("cc", o.countryCode()).param("place", o.placeId()).param("web", o.website())
                .param("descr", o.description()).param("source", o.source()).param("actor", actor)
                .param("keepAlt", o.keepAlternateNames()).param("alt", o.alternateNames())
                .param("id", id).param("version", version).update() == 1;
    }

    boolean publish(long id, String actor) {
        return jdbc.sql("""
                update organisation set publication = 'published', updated_by = :actor, updated_at = now(),
                       version = version + 1
                where id = :id and publication = 'proposed'""")
                .param("actor", actor).param("id", id).update() == 1;
    }

    /**
     * An organisation draft after validation: codes resolved, blanks as nulls.
     *
     * @param alternateNames the column as stored ("MMC|Mixed Migration Centre"), null for none
     * @param keepAlternateNames whether the draft left the other names as they are
     */
    record Checked(String externalId, String name, String acronym, String type, String countryCode, Long placeId,
            String website, String description, String source, String alternateNames, boolean keepAlternateNames) {
    }

    /** Name and description in other languages: language → field → text. */
    public java.util.Map<String, java.util.Map<String, String>> translations(long id) {
        java.util.Map<String, java.util.Map<String, String>> all = new java.util.LinkedHashMap<>();
        jdbc.sql("select l.key, f.key, f.value from organisation, jsonb_each(translations) l, jsonb_each_text(l.value) f where id = :id")
                .param("id", id)
                .query(rs -> {
                    all.computeIfAbsent(rs.getString(1), k -> new java.util.LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        return all;
    }

    void setTranslations(long id, String json) {
        jdbc.sql("update organisation set translations = cast(:t as jsonb) where id = :id").param("t", json).param("id", id).update();
    }

    static Organisation organisation(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getLong("id"), rs.getString("external_id"), rs.getString("name"),
                rs.getString("acronym"), rs.getString("type"), rs.getString("country_code"),
                (Long) rs.getObject("place_id"), rs.getString("website"), rs.getString("description"),
                rs.getString("publication"), rs.getString("source"), rs.getInt("version"),
                OrganisationNames.alternates(rs.getString("alternate_names")));
    }
}
