package org.crossroads.servicepoints;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored service points. Lists are ordered by kind, then name, as people scan them. */
@Repository
public class ServicePoints {

    private static final String SELECT = """
            select id, external_id, place_id, name, kind, address, latitude, longitude, operator_id, languages,
                   opening_hours, phone, website, description, source, publication, created_by, version
            from service_point
            """;

    private final JdbcClient jdbc;

    ServicePoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ServicePoint> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::point).optional();
    }

    public Optional<ServicePoint> findByExternalId(String externalId) {
        return jdbc.sql(SELECT + " where external_id = :x").param("x", externalId).query(this::point).optional();
    }

    /**
     * Published points, optionally of one city and of one kind (null for any).
     */
    public List<ServicePoint> published(Long placeId, String kind) {
        StringBuilder where = new StringBuilder(" where publication = 'published'");
        Map<String, Object> params = new LinkedHashMap<>();
        if (placeId != null) {
            where.append(" and place_id = :place");
            params.put("place", placeId);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind);
        }
        return jdbc.sql(SELECT + where + " order by kind, lower(name), id").params(params).query(this::point).list();
    }

    /** Published points that an organisation runs. */
    public List<ServicePoint> publishedByOperator(long organisationId) {
        return jdbc.sql(SELECT + " where publication = 'published' and operator_id = :org order by kind, lower(name), id")
                .param("org", organisationId).query(this::point).list();
    }

    /** Every point of a city, proposals included: for editors, who see what awaits publication. */
    public List<ServicePoint> ofPlace(long placeId) {
        return jdbc.sql(SELECT + " where place_id = :place order by kind, lower(name), id").param("place", placeId)
                .query(this::point).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from service_point").query(Long.class).single();
    }

    long insert(ResolvedServicePoint p, String publication, String actor) {
        return jdbc.sql("""
                insert into service_point (external_id, place_id, name, kind, address, latitude, longitude, operator_id,
                    languages, opening_hours, phone, website, description, source, publication, created_by)
                values (:x, :place, :name, :kind, :address, :lat, :lon, :operator, :languages, :hours, :phone, :website,
                    :description, :source, :publication, :actor)
                returning id""")
                .params(columns(p)).param("publication", publication).param("actor", actor).query(Long.class).single();
    }

    /** False when the point changed since {@code expectedVersion} was read (or is gone). */
    boolean update(long id, int expectedVersion, ResolvedServicePoint p, String actor) {
        return jdbc.sql("""
                update service_point set external_id = :x, place_id = :place, name = :name, kind = :kind,
                    address = :address, latitude = :lat, longitude = :lon, operator_id = :operator,
                    languages = :languages, opening_hours = :hours, phone = :phone, website = :website,
                    description = :description, source = :source, updated_by = :actor, updated_at = now(),
                    version = version + 1
                where id = :id and version = :version""")
                .params(columns(p)).param("actor", actor).param("id", id).param("version", expectedVersion).update() == 1;
    }

    /** False when the point was already published. */
    boolean publish(long id, String actor) {
        return jdbc.sql("""
                update service_point set publication = 'published', updated_by = :actor, updated_at = now(),
                    version = version + 1
                where id = :id and publication = 'proposed'""")
                .param("id", id).param("actor", actor).update() == 1;
    }

    private static Map<String, Object> columns(ResolvedServicePoint p) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("x", p.externalId());
        c.put("place", p.place().id());
        c.put("name", p.name());
        c.put("kind", p.kind());
        c.put("address", p.address());
        c.put("lat", p.latitude());
        c.put("lon", p.longitude());
        c.put("operator", p.operatorId());
        c.put("languages", p.languages().toArray(String[]::new));
        c.put("hours", p.openingHours());
        c.put("phone", p.phone());
        c.put("website", p.website());
        c.put("description", p.description());
        c.put("source", p.source());
        return c;
    }

    private ServicePoint point(ResultSet rs, int row) throws SQLException {
        return new ServicePoint(rs.getLong("id"), rs.getString("external_id"), rs.getLong("place_id"), rs.getString("name"),
                rs.getString("kind"), rs.getString("address"), rs.getDouble("latitude"), rs.getDouble("longitude"),
                rs.getObject("operator_id", Long.class), strings(rs.getArray("languages")),
                rs.getString("opening_hours"), rs.getString("phone"), rs.getString("website"), rs.getString("description"),
                rs.getString("source"), rs.getString("publication"), rs.getString("created_by"), rs.getInt("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
