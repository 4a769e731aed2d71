package org.crossroads.network.needs;

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

/** The stored needs, in the order a query asks (newest first unless said). Reads that may reach a reader take a {@link ReaderScope}. */
@Repository
public class NeedStatements {

    static final TypeReference<Map<String, Map<String, String>>> TRANSLATIONS = new TypeReference<>() {};

    private static final String SELECT = """
            select id, place_id, language, title, description, translations::text, themes, activity_types,
                   preferred_languages, same_route, south_south, similar_size, within_km, max_language_distance, status,
                   visibility, created_by, created_at, updated_by, updated_at, version
            from need_statement
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    NeedStatements(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** As stored, whoever asks: for services that check access themselves. */
    Optional<Need> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::need).optional();
    }

    /** The needs this reader may see that match the theme, status and city (route and country: see {@link NeedsAndOffers}). */
    List<Need> search(StatementQuery q, ReaderScope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = q.where(scope, params);
        return jdbc.sql(SELECT + where + " order by " + q.order("need_statement", params)).params(params).query(this::need).list();
    }

    long insert(long placeId, Need n, String actor) {
        return jdbc.sql("""
                insert into need_statement (place_id, language, title, description, translations, themes, activity_types,
                    preferred_languages, same_route, south_south, similar_size, within_km, max_language_distance, visibility,
                    created_by)
                values (:place, :language, :title, :description, cast(:translations as jsonb), :themes, :activityTypes,
                    :preferredLanguages, :sameRoute, :southSouth, :similarSize, :withinKm, :maxLanguageDistance, :visibility,
                    :actor)
                returning id""")
                .params(columns(n)).param("place", placeId).param("actor", actor).query(Long.class).single();
    }

    /** False when the need changed since {@code expectedVersion} was read. */
    boolean update(long id, int expectedVersion, Need n, String actor) {
        return jdbc.sql("""
                update need_statement set language = :language, title = :title, description = :description,
                    translations = cast(:translations as jsonb), themes = :themes, activity_types = :activityTypes,
                    preferred_languages = :preferredLanguages, same_route = :sameRoute, south_south = :southSouth,
                    similar_size = :similarSize, within_km = :withinKm, max_language_distance = :maxLanguageDistance,
                    visibility = :visibility, updated_by = :actor, updated_at = now(), version = version + 1
                where id = :id and version = :version""")
                .params(columns(n)).param("actor", actor).param("id", id).param("version", expectedVersion).update() == 1;
    }

    /** False when the need changed since {@code expectedVersion} was read. */
    boolean changeStatus(long id, int expectedVersion, String status, String actor) {
        return jdbc.sql("""
                update need_statement set status = :status, updated_by = :actor, updated_at = now(), version = version + 1
                where id = :id and version = :version""")
                .param("status", status).param("actor", actor).param("id", id).param("version", expectedVersion).update() == 1;
    }

    private Map<String, Object> columns(Need n) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("language", n.text().language());
        c.put("title", n.text().title());
        c.put("description", n.text().description());
        c.put("translations", json.writeValueAsString(n.text().translations()));
        c.put("themes", n.themes().toArray(String[]::new));
        c.put("activityTypes", n.activityTypes().toArray(String[]::new));
        c.put("preferredLanguages", n.preferredLanguages().toArray(String[]::new));
        c.put("sameRoute", n.constraints().sameRoute());
        c.put("southSouth", n.constraints().southSouth());
        c.put("similarSize", n.constraints().similarSize());
        c.put("withinKm", n.constraints().withinKm());
        c.put("maxLanguageDistance", n.constraints().maxLanguageDistance());
        c.put("visibility", n.visibility().code());
        return c;
    }

    private Need need(ResultSet rs, int row) throws SQLException {
        StatementText text = new StatementText(rs.getString("language"), rs.getString("title"), rs.getString("description"),
                json.readValue(rs.getString("translations"), TRANSLATIONS));
        NeedConstraints constraints = new NeedConstraints(rs.getBoolean("same_route"), rs.getBoolean("south_south"),
                rs.getBoolean("similar_size"), rs.getObject("within_km", Integer.class),
                rs.getObject("max_language_distance", Integer.class));
        return new Need(rs.getLong("id"), rs.getLong("place_id"), text, strings(rs.getArray("themes")),
                strings(rs.getArray("activity_types")), strings(rs.getArray("preferred_languages")), constraints,
                rs.getString("status"), Visibility.of(rs.getString("visibility")), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }
}
