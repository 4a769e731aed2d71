package org.crossroads.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads organisations: by id, by the references used in import files, and by name. */
@Repository
public class Organisations {

    static final String COLUMNS = """
            id, external_id, name, acronym, type, country_code, place_id, website, description,
            publication, source, version""";

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
                .query(Organisations::organisation).stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
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

    /** City networks, for facets and pick lists. */
    public List<Organisation> networks() {
        return jdbc.sql("select " + COLUMNS + " from organisation where type = 'city_network' order by coalesce(acronym, name)")
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

    static Organisation organisation(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getLong("id"), rs.getString("external_id"), rs.getString("name"),
                rs.getString("acronym"), rs.getString("type"), rs.getString("country_code"),
                (Long) rs.getObject("place_id"), rs.getString("website"), rs.getString("description"),
                rs.getString("publication"), rs.getString("source"), rs.getInt("version"));
    }
}
