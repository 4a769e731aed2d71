package org.crossroads.network.needs;

import static org.crossroads.network.needs.NeedStatements.longs;
import static org.crossroads.network.needs.NeedStatements.strings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The stored offers, newest first. Reads that may reach a reader take a {@link ReaderScope}. */
@Repository
public class OfferStatements {

    private static final String SELECT = """
            select id, place_id, language, title, description, translations::text, themes, activity_types, languages,
                   initiative_ids, outcome_ids, indicator_ids, contact_consent, status, visibility, created_by, created_at,
                   updated_by, updated_at, version
            from offer_statement
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OfferStatements(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** As stored, whoever asks: for services that check access themselves. */
    Optional<Offer> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::offer).optional();
    }

    List<Offer> search(StatementQuery q, ReaderScope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = q.where(scope, params);
        return jdbc.sql(SELECT + where + " order by " + q.order("offer_statement", params)).params(params).query(this::offer).list();
    }

    long insert(long placeId, Offer o, String actor) {
        return jdbc.sql("""
                insert into offer_statement (place_id, language, title, description, translations, themes, activity_types,
                    languages, initiative_ids, outcome_ids, indicator_ids, contact_consent, visibility, created_by)
                values (:place, :language, :title, :description, cast(:translations as jsonb), :themes, :activityTypes,
                    :languages, :initiatives, :outcomes, :indicators, :consent, :visibility, :actor)
                returning id""")
                .params(columns(o)).param("place", placeId).param("actor", actor).query(Long.class).single();
    }

    /** False when the offer changed since {@code expectedVersion} was read. */
    boolean update(long id, int expectedVersion, Offer o, String actor) {
        return jdbc.sql("""
                update offer_statement set language = :language, title = :title, description = :description,
                    translations = cast(:translations as jsonb), themes = :themes, activity_types = :activityTypes,
                    languages = :languages, initiative_ids = :initiatives, outcome_ids = :outcomes,
                    indicator_ids = :indicators, contact_consent = :consent, visibility = :visibility, updated_by = :actor,
                    updated_at = now(), version = version + 1
                where id = :id and version = :version""")
                .params(columns(o)).param("actor", actor).param("id", id).param("version", expectedVersion).update() == 1;
    }

    /** False when the offer changed since {@code expectedVersion} was read. */
    boolean changeStatus(long id, int expectedVersion, String status, String actor) {
        return jdbc.sql("""
                update offer_statement set status = :status, updated_by = :actor, updated_at = now(), version = version + 1
                where id = :id and version = :version""")
                .param("status", status).param("actor", actor).param("id", id).param("version", expectedVersion).update() == 1;
    }

    private Map<String, Object> columns(Offer o) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("language", o.text().language());
        c.put("title", o.text().title());
        c.put("description", o.text().description());
        c.put("translations", json.writeValueAsString(o.text().translations()));
        c.put("themes", o.themes().toArray(String[]::new));
        c.put("activityTypes", o.activityTypes().toArray(String[]::new));
        c.put("languages", o.languages().toArray(String[]::new));
        c.put("initiatives", o.evidence().initiativeIds().toArray(Long[]::new));
        c.put("outcomes", o.evidence().outcomeIds().toArray(Long[]::new));
        c.put("indicators", o.evidence().indicatorIds().toArray(Long[]::new));
        c.put("consent", o.contactConsent());
        c.put("visibility", o.visibility().code());
        return c;
    }

    private Offer offer(ResultSet rs, int row) throws SQLException {
        StatementText text = new StatementText(rs.getString("language"), rs.getString("title"), rs.getString("description"),
                json.readValue(rs.getString("translations"), NeedStatements.TRANSLATIONS));
        Evidence evidence = new Evidence(longs(rs.getArray("initiative_ids")), longs(rs.getArray("outcome_ids")),
                longs(rs.getArray("indicator_ids")));
        return new Offer(rs.getLong("id"), rs.getLong("place_id"), text, strings(rs.getArray("themes")),
                strings(rs.getArray("activity_types")), strings(rs.getArray("languages")), evidence,
                rs.getBoolean("contact_consent"), rs.getString("status"), Visibility.of(rs.getString("visibility")),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
