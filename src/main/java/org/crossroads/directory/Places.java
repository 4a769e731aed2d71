package org.crossroads.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads places: by id, by the references used in import files, and by name. */
@Repository
public class Places {

    static final String COLUMNS = """
            id, geonames_id, external_id, name, country_code, population, latitude, longitude,
            size_class, roles, routes, version""";
    private static final Pattern GEONAMES = Pattern.compile("(?i)geonames:(\\d+)");
    private static final Pattern NAME_AND_COUNTRY = Pattern.compile("(.+),\\s*([A-Za-z]{2})");

    private final JdbcClient jdbc;

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Place> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from place where id = :id").param("id", id)
                .query(Places::place).optional();
    }

    public Map<Long, Place> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select " + COLUMNS + " from place where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query(Places::place).stream()
                .collect(Collectors.toMap(Place::id, Function.identity()));
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
                   and (crossroads_key(name) = crossroads_key(:n) or crossroads_key(alternate_name) = crossroads_key(:n))
                 order by (geonames_id is null) desc, population desc nulls last limit 1""")
                .param("cc", named.group(2).toUpperCase()).param("n", named.group(1).strip())
                .query(Places::place).optional();
    }

    /** Places whose name starts with or resembles the query, most populous first. */
    public List<Place> search(String query, String countryCode, int limit) {
        String q = query == null ? "" : query.strip();
        return jdbc.sql("select " + COLUMNS + " " + """
                 from place
                 where (:q = '' or crossroads_key(name) like crossroads_key(:q) || '%'
                        or crossroads_key(alternate_name) like crossroads_key(:q) || '%'
                        or crossroads_key(name) % crossroads_key(:q))
                   and (:cc = '' or country_code = :cc)
                 order by (crossroads_key(name) = crossroads_key(:q)) desc, population desc nulls last
                 limit :limit""")
                .param("q", q).param("cc", countryCode == null ? "" : countryCode.toUpperCase())
                .param("limit", limit)
                .query(Places::place).list();
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
