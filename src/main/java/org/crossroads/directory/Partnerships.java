package org.crossroads.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** City-to-city partnerships: read by anyone, changed through {@link PartnershipEditing}. */
@org.springframework.modulith.NamedInterface("api")
@Repository
public class Partnerships {

    private static final String COLUMNS = "id, place_a, place_b, kind, topics, since, until, source, version";

    private final JdbcClient jdbc;

    Partnerships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Partnership> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from city_partnership where id = :id").param("id", id)
                .query(Partnerships::partnership).optional();
    }

    /** The city's partnerships, in either direction, newest first. */
    public List<Partnership> ofPlace(long placeId) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from city_partnership where place_a = :p or place_b = :p
                 order by since desc nulls last, id""")
                .param("p", placeId).query(Partnerships::partnership).list();
    }

    /** All partnerships, newest first, at most {@code limit}. */
    public List<Partnership> all(int limit) {
        return jdbc.sql("select " + COLUMNS + " from city_partnership order by id desc limit :n")
                .param("n", limit).query(Partnerships::partnership).list();
    }

    Optional<Partnership> findByKey(long placeA, long placeB, String kind) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from city_partnership
                 where least(place_a, place_b) = least(:a, :b) and greatest(place_a, place_b) = greatest(:a, :b)
                   and kind = :k""")
                .param("a", placeA).param("b", placeB).param("k", kind)
                .query(Partnerships::partnership).optional();
    }

    long insert(long placeA, long placeB, String kind, List<String> topics, LocalDate since, LocalDate until,
            String source, String actor) {
        return jdbc.sql("""
                insert into city_partnership (place_a, place_b, kind, topics, since, until, source, created_by)
                values (:a, :b, :k, :topics, :since, :until, :source, :actor) returning id""")
                .param("a", placeA).param("b", placeB).param("k", kind).param("topics", topics.toArray(String[]::new))
                .param("since", since).param("until", until).param("source", source).param("actor", actor)
                .query(Long.class).single();
    }

    boolean update(long id, int version, List<String> topics, LocalDate since, LocalDate until, String source,
            String actor) {
        return jdbc.sql("""
                update city_partnership set topics = :topics, since = :since, until = :until, source = :source,
                       updated_by = :actor, updated_at = now(), version = version + 1
                where id = :id and version = :version""")
                .param("topics", topics.toArray(String[]::new)).param("since", since).param("until", until)
                .param("source", source).param("actor", actor).param("id", id).param("version", version)
                .update() == 1;
    }

    boolean delete(long id) {
        return jdbc.sql("delete from city_partnership where id = :id").param("id", id).update() == 1;
    }

    static Partnership partnership(ResultSet rs, int row) throws SQLException {
        return new Partnership(rs.getLong("id"), rs.getLong("place_a"), rs.getLong("place_b"), rs.getString("kind"),
                Places.strings(rs.getArray("topics")), rs.getObject("since", LocalDate.class),
                rs.getObject("until", LocalDate.class), rs.getString("source"), rs.getInt("version"));
    }
}
