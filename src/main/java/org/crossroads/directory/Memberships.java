package org.crossroads.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Memberships of cities in organisations: read by anyone, changed through {@link MembershipEditing}. */
@org.springframework.modulith.NamedInterface("api")
@Repository
public class Memberships {

    private static final String COLUMNS = "m.id, m.organisation_id, m.place_id, m.role, m.since, m.until, m.source, m.version";

    private final JdbcClient jdbc;

    Memberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Membership> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from membership m where id = :id").param("id", id)
                .query(Memberships::membership).optional();
    }

    /** The city's memberships in published organisations. */
    public List<Membership> ofPlace(long placeId) {
        return search(null, placeId);
    }

    /** The organisation's member cities, largest first. */
    public List<Membership> ofOrganisation(long organisationId) {
        return search(organisationId, null);
    }

    /** Memberships in published organisations, filtered by organisation, by place, by both or by neither. */
    public List<Membership> search(Long organisationId, Long placeId) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from membership m join organisation o on o.id = m.organisation_id join place p on p.id = m.place_id
                 where o.publication = 'published'
                   and (cast(:o as bigint) is null or m.organisation_id = :o)
                   and (cast(:p as bigint) is null or m.place_id = :p)
                 order by coalesce(o.acronym, o.name), p.population desc nulls last, p.name, m.id
                 limit 5000""")
                .param("o", organisationId).param("p", placeId).query(Memberships::membership).list();
    }

    /**
     * Every membership in a published organisation, unlimited (unlike {@link #search}): for what is worked
     * out over all of them at once, such as the cooperation graph of the network module.
     */
    public List<Membership> all() {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from membership m join organisation o on o.id = m.organisation_id
                 where o.publication = 'published' order by m.id""")
                .query(Memberships::membership).list();
    }

    Optional<Membership> findByKey(long organisationId, long placeId, String role) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from membership m where organisation_id = :o and place_id = :p and role = :r""")
                .param("o", organisationId).param("p", placeId).param("r", role)
                .query(Memberships::membership).optional();
    }

    long insert(long organisationId, long placeId, String role, LocalDate since, LocalDate until, String source,
            String actor) {
        return jdbc.sql("""
                insert into membership (organisation_id, place_id, role, since, until, source, created_by)
                values (:o, :p, :r, :since, :until, :source, :actor) returning id""")
                .param("o", organisationId).param("p", placeId).param("r", role).param("since", since)
                .param("until", until).param("source", source).param("actor", actor).query(Long.class).single();
    }

    boolean update(long id, int version, LocalDate since, LocalDate until, String source, String actor) {
        return jdbc.sql("""
                update membership set since = :since, until = :until, source = :source, updated_by = :actor,
                       updated_at = now(), version = version + 1
                where id = :id and version = :version""")
                .param("since", since).param("until", until).param("source", source).param("actor", actor)
                .param("id", id).param("version", version).update() == 1;
    }

    boolean delete(long id) {
        return jdbc.sql("delete from membership where id = :id").param("id", id).update() == 1;
    }

    static Membership membership(ResultSet rs, int row) throws SQLException {
        return new Membership(rs.getLong("id"), rs.getLong("organisation_id"), rs.getLong("place_id"),
                rs.getString("role"), rs.getObject("since", LocalDate.class), rs.getObject("until", LocalDate.class),
                rs.getString("source"), rs.getInt("version"));
    }
}
