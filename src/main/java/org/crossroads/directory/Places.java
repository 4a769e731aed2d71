package org.crossroads.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crossroads.shared.search.FacetSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.crossroads.shared.web.ListSort;

/** Reads places: by id, by the references used in import files, and by name. */
@org.springframework.modulith.NamedInterface("api")
@Repository
public class Places {

    static final String COLUMNS = """
            id, geonames_id, external_id, name, country_code, population, latitude, longitude,
            size_class, roles, routes, version""";
    private static final Pattern GEONAMES = Pattern.compile("(?i)geonames:(\\d+)");
    private static final Pattern NAME_AND_COUNTRY = Pattern.compile("(.+),\\s*([A-Za-z]{2})");

    /** Places the platform knows something about: described, added by hand, members or partners. */
    static final String KNOWN = """
            select id from place where cardinality(roles) > 0 or cardinality(routes) > 0 or geonames_id is null
            union select place_id from membership
            union select place_a from city_partnership union select place_b from city_partnership""";
    private static final String FILTERS = """
             and (:cc = '' or p.country_code = :cc) and (:role = '' or :role = any(p.roles))
             and (:route = '' or :route = any(p.routes)) and (:sc = '' or p.size_class = :sc)""";

    private final JdbcClient jdbc;

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Place> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from place p where id = :id").param("id", id)
                .query(Places::place).optional();
    }

    public Map<Long, Place> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select " + COLUMNS + " from place where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query(Places::place).list().stream()
                .collect(Collectors.toMap(Place::id, Function.identity()));
    }

    /**
     * One spelling for every reference to the same place ({@code "Sfax, TN"}, {@code "sfax, tn"},
     * {@code geonames:2467454}), to tell whether two rows of a file name one place: the place's id when
     * the reference resolves, else the reference without case.
     */
    public String canonicalReference(String reference) {
        return resolve(reference).map(p -> "#" + p.id()).orElseGet(() -> reference.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Finds the place an import file or form names: {@code geonames:ID}, an external id such as
     * {@code place:kanifing}, or {@code Name, CC} (the most populous place of that name or alternate
     * name in that country, ignoring case and accents).
     */
    public Optional<Place> resolve(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String ref = reference.strip();
        Matcher geonames = GEONAMES.matcher(ref);
        if (geonames.matches()) {
            return jdbc.sql("select " + COLUMNS + " from place where geonames_id = :g")
                    .param("g", Long.parseLong(geonames.group(1))).query(Places::place).optional();
        }
        Optional<Place> byExternalId = jdbc.sql("select " + COLUMNS + " from place where external_id = :e")
                .param("e", ref).query(Places::place).optional();
        if (byExternalId.isPresent()) {
            return byExternalId;
        }
        Matcher named = NAME_AND_COUNTRY.matcher(ref);
        if (!named.matches()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " " + """
                 from place
                 where country_code = :cc
                   and (crossroads_key(name) = crossroads_key(:n)
                        or ('|' || crossroads_key(alternate_name) || '|') like '%|' || crossroads_key(:n) || '|%')
                 order by (geonames_id is null) desc, (crossroads_key(name) = crossroads_key(:n)) desc,
                          population desc nulls last limit 1""")
                .param("cc", named.group(2).toUpperCase()).param("n", named.group(1).strip())
                .query(Places::place).optional();
    }

    /**
     * The places a reference that resolves to none was probably meant to name ("Tuscany, IT", "Sfaks, TN"):
     * names that resemble it (pg_trgm), those of its country first, then the most alike and most populous.
     * Local authorities added by hand (regions, districts) are among them, as they resolve like cities.
     */
    public List<Place> nearestMatches(String reference, int limit) {
        if (reference == null || reference.isBlank()) {
            return List.of();
        }
        Matcher named = NAME_AND_COUNTRY.matcher(reference.strip());
        String name = named.matches() ? named.group(1).strip() : reference.strip();
        String country = named.matches() ? named.group(2).toUpperCase() : "";
        return jdbc.sql("select " + COLUMNS + " " + """
                 from place
                 where crossroads_key(name) % crossroads_key(:n)
                    or crossroads_key(name) like crossroads_key(:n) || '%'
                 order by (country_code = :cc) desc, similarity(crossroads_key(name), crossroads_key(:n)) desc,
                          population desc nulls last
                 limit :limit""")
                .param("n", name).param("cc", country).param("limit", limit).query(Places::place).list();
    }

    /** Places whose name starts with or resembles the query, most populous first. */
    public List<Place> search(String query, String countryCode, int limit) {
        String q = query == null ? "" : query.strip();
        return jdbc.sql("select " + COLUMNS + " " + """
                 from place
                 where (:q = '' or crossroads_normalise(name) like crossroads_normalise(:q) || '%'
                        or ('|' || crossroads_normalise(alternate_name) || '|') like '%|' || crossroads_normalise(:q) || '%'
                        or crossroads_key(name) % crossroads_key(:q))
                   and (:cc = '' or country_code = :cc)
                 order by (crossroads_key(name) = crossroads_key(:q)) desc, population desc nulls last
                 limit :limit""")
                .param("q", q).param("cc", countryCode == null ? "" : countryCode.toUpperCase())
                .param("limit", limit)
                .query(Places::place).list();
    }

    /**
     * The name a reader sees (as {@link PlaceNames#in} gives it): the one given in their language ({@code :lang}), else
     * on Arabic pages the first alternate name in Arabic letters, else the gazetteer's.
     */
    private static final String SHOWN_NAME = """
            coalesce(nullif(btrim(p.translations -> 'name' ->> :lang), ''),
                     case when :lang = 'ar' then (select btrim(a) from unnest(string_to_array(p.alternate_name, '|'))
                         with ordinality u(a, n) where btrim(a) <> ''
                           and btrim(a) !~ '[^\u0621-\u064A\u0671\u064B-\u065F\u0670[:space:][:punct:][:digit:]]'
                         order by n limit 1) end,
                     p.name)""";

    /**
     * One page of places matching the query in its order (ties broken by id): by relevance, the name searched for
     * first, then the most populous; by name as the reader sees it; or most recently changed first. Without a name
     * query only the places the platform knows something about are listed, not the whole gazetteer.
     */
    public ResultPage<Place> list(PlaceQuery query) {
        String scope = query.q().isEmpty() ? "p.id in (" + KNOWN + ")" : """
                (crossroads_normalise(p.name) like '%' || crossroads_normalise(:q) || '%'
                 or ('|' || crossroads_normalise(p.alternate_name) || '|') like '%|' || crossroads_normalise(:q) || '%')""";
        String order = switch (query.sort()) {
            case RELEVANCE -> "(crossroads_key(p.name) = crossroads_key(:q)) desc, p.population desc nulls last, p.name, p.id";
            case CHANGED -> "coalesce(p.updated_at, p.created_at) desc, p.id desc";
            case NAME, DATE -> ListSort.nameKey(SHOWN_NAME) + ", p.id";
        };
        List<Counted<Place>> rows = jdbc.sql("select " + COLUMNS + ", count(*) over () as total from place p where "
                        + scope + " " + FILTERS + " order by " + order + " limit :size offset :offset")
                .param("lang", query.language())
                .param("q", query.q()).param("cc", query.country()).param("role", query.role())
                .param("route", query.route()).param("sc", query.sizeClass())
                .param("size", query.size()).param("offset", (long) query.page() * query.size())
                .query((rs, n) -> new Counted<>(place(rs, n), rs.getLong("total"))).list();
        long total = rows.isEmpty() ? countAll(scope, query) : rows.get(0).total();
        return new ResultPage<>(rows.stream().map(Counted::item).toList(), total, query.page(), query.size());
    }

    /** Places found by the platform's one search with their facet counts (docs/library.md, "One search: facets"). */
    public record Faceted(List<Place> places, FacetSql.Counted facets) {}

    private static final String NAME_MATCHES = """
            (crossroads_normalise(p.name) like '%' || crossroads_normalise(:q) || '%'
             or ('|' || crossroads_normalise(p.alternate_name) || '|') like '%|' || crossroads_normalise(:q) || '%')""";

    /**
     * The places whose name or an alternate name (any script) contains the words, as {@link #list} finds them, and the
     * selected values of the facets country and network (a network the city is a member of), the first {@code size},
     * with the counts of those facets computed in SQL.
     */
    public Faceted searchFaceted(String q, Map<String, Set<String>> selected, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("q", q == null ? "" : q.strip());
        FacetSql facets = new FacetSql("place p", "p.id, p.country_code::text as country", NAME_MATCHES, List.of(
                new FacetSql.Dimension("country", FacetSql.texts(selected, "country", params, "p.country_code in (:f_country)"),
                        "cross join lateral (select m.country) u(v)"),
                new FacetSql.Dimension("network", FacetSql.ids(selected, "network", params,
                        "exists (select 1 from membership x where x.place_id = p.id and x.organisation_id in (:f_network))"),
                        // pairs are made distinct by FacetSql: a distinct here hashed the whole membership table
                        "join (select place_id, organisation_id::text as v from membership) x on x.place_id = m.id")));
        FacetSql.Counted counted = facets.count(jdbc, params);
        StringBuilder where = new StringBuilder(NAME_MATCHES);
        facets.dimensions().stream().filter(f -> f.selected() != null).forEach(f -> where.append(" and ").append(f.selected()));
        List<Place> found = jdbc.sql("select " + COLUMNS + " from place p where " + where + """
                 order by (crossroads_key(p.name) = crossroads_key(:q)) desc, p.population desc nulls last, p.name, p.id
                 limit :size""").params(params).param("size", size).query(Places::place).list();
        return new Faceted(found, counted);
    }

    private long countAll(String scope, PlaceQuery query) {
        if (query.page() == 0) {
            return 0;
        }
        return jdbc.sql("select count(*) from place p where " + scope + " " + FILTERS)
                .param("q", query.q()).param("cc", query.country()).param("role", query.role())
                .param("route", query.route()).param("sc", query.sizeClass()).query(Long.class).single();
    }

    /** Countries of the places the platform knows something about, for the country filter. */
    public List<String> knownCountries() {
        return jdbc.sql("select distinct country_code from place where id in (" + KNOWN + ") order by 1")
                .query(String.class).list();
    }

    /**
     * Every place the platform knows something about (roles or routes recorded, added by hand, a member or
     * a partner): for what is worked out over all of them, such as the cooperation graph.
     */
    public List<Place> known() {
        return jdbc.sql("select " + COLUMNS + " from place p where id in (" + KNOWN + ") order by id")
                .query(Places::place).list();
    }

    /** The places of the given countries whose size class is one of {@code sizeClasses}, most populous first. */
    public List<Place> inCountries(Collection<String> countryCodes, Collection<String> sizeClasses) {
        if (countryCodes.isEmpty() || sizeClasses.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from place p where country_code = any(:cc) and size_class = any(:sc)"
                        + " order by population desc nulls last, id")
                .param("cc", countryCodes.toArray(String[]::new)).param("sc", sizeClasses.toArray(String[]::new))
                .query(Places::place).list();
    }

    public Optional<Provenance> provenance(long id) {
        return jdbc.sql("select source, created_by, created_at, updated_by, updated_at from place where id = :id")
                .param("id", id).query(Places::provenance).optional();
    }

    /** The place's name in other languages, by language code. */
    public Map<String, String> localNames(long id) {
        return jdbc.sql("select key, value from place, jsonb_each_text(translations -> 'name') where id = :id")
                .param("id", id).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    boolean existsExternalId(String externalId) {
        return jdbc.sql("select exists(select 1 from place where external_id = :e)").param("e", externalId)
                .query(Boolean.class).single();
    }

    /** Changes what editors record about a place, if nobody saved it since {@code version}. */
    boolean describe(long id, int version, List<String> roles, List<String> routes, Map<String, String> names,
            String source, String actor) {
        return jdbc.sql("""
                update place set roles = :roles, routes = :routes,
                       translations = jsonb_set(translations, '{name}', cast(:names as jsonb)),
                       source = :source, updated_by = :actor, updated_at = now(), version = version + 1
                where id = :id and version = :version""")
                .param("roles", roles.toArray(String[]::new)).param("routes", routes.toArray(String[]::new))
                .param("names", Json.object(names)).param("source", source).param("actor", actor)
                .param("id", id).param("version", version).update() == 1;
    }

    long insertLocalAuthority(String externalId, LocalAuthorityDraft draft, String countryCode, List<String> roles,
            List<String> routes, String actor) {
        return jdbc.sql("""
                insert into place (external_id, name, country_code, population, latitude, longitude, roles, routes,
                                   source, created_by)
                values (:e, :name, :cc, :pop, :lat, :lon, :roles, :routes, :source, :actor) returning id""")
                .param("e", externalId).param("name", draft.name().strip()).param("cc", countryCode)
                .param("pop", draft.population()).param("lat", draft.latitude()).param("lon", draft.longitude())
                .param("roles", roles.toArray(String[]::new)).param("routes", routes.toArray(String[]::new))
                .param("source", draft.source().strip()).param("actor", actor).query(Long.class).single();
    }

    boolean updateLocalAuthority(long id, int version, LocalAuthorityDraft draft, String countryCode,
            List<String> roles, List<String> routes, String actor) {
        return jdbc.sql("""
                update place set name = :name, country_code = :cc, population = :pop, latitude = :lat,
                       longitude = :lon, roles = :roles, routes = :routes, source = :source, updated_by = :actor,
                       updated_at = now(), version = version + 1
                where id = :id and version = :version and geonames_id is null""")
                .param("name", draft.name().strip()).param("cc", countryCode)
                .param("pop", draft.population()).param("lat", draft.latitude()).param("lon", draft.longitude())
                .param("roles", roles.toArray(String[]::new)).param("routes", routes.toArray(String[]::new))
                .param("source", draft.source().strip()).param("actor", actor)
                .param("id", id).param("version", version).update() == 1;
    }

    static Provenance provenance(ResultSet rs, int row) throws SQLException {
        return new Provenance(rs.getString("source"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    record Counted<T>(T item, long total) {
    }

    static Place place(ResultSet rs, int row) throws SQLException {
        return new Place(rs.getLong("id"), (Long) rs.getObject("geonames_id"), rs.getString("external_id"),
                rs.getString("name"), rs.getString("country_code"), (Long) rs.getObject("population"),
                rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getString("size_class"),
                strings(rs.getArray("roles")), strings(rs.getArray("routes")), rs.getInt("version"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
