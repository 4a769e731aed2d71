package org.crossroads.network.exchanges;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored exchange requests. Every change of state names the status it expects and the version read, so two
 * answers to the same request cannot both win and nothing is half written.
 */
@Repository
class ExchangeRecords {

    private static final String SELECT = """
            select id, requester_place_id, peer_place_id, need_id, offer_id, theme, activity, message, status, answer_note,
                   redirect_place_id, redirect_contact, arranged_as, event_id, partnership_id, requested_by, requested_at,
                   answered_by, answered_at, arranged_by, arranged_at, version
            from exchange_request
            """;

    private final JdbcClient jdbc;

    ExchangeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Exchange> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::exchange).optional();
    }

    /** The exchanges of these cities (sent or received), or of every city; newest first. */
    List<Exchange> ofPlaces(boolean everyPlace, java.util.Set<Long> places) {
        return jdbc.sql(SELECT + """
                 where :every or requester_place_id = any(:places) or peer_place_id = any(:places)
                 order by requested_at desc, id desc""")
                .param("every", everyPlace).param("places", places.toArray(Long[]::new)).query(this::exchange).list();
    }

    /** The exchanges a need led to. */
    List<Exchange> ofNeed(long needId) {
        return jdbc.sql(SELECT + " where need_id = :n order by requested_at desc, id desc").param("n", needId)
                .query(this::exchange).list();
    }

    long insert(ExchangeDraft d, String theme, String message, String actor) {
        return jdbc.sql("""
                insert into exchange_request (requester_place_id, peer_place_id, need_id, offer_id, theme, activity, message,
                    requested_by)
                values (:requester, :peer, :need, :offer, :theme, :activity, :message, :actor) returning id""")
                .param("requester", d.requesterPlaceId()).param("peer", d.peerPlaceId()).param("need", d.needId())
                .param("offer", d.offerId()).param("theme", theme).param("activity", d.activity()).param("message", message)
                .param("actor", actor).query(Long.class).single();
    }

    /** False when the request was answered or changed since {@code expectedVersion} was read. */
    boolean answer(long id, int expectedVersion, String status, Answer answer, String actor) {
        return jdbc.sql("""
                update exchange_request set status = :status, answer_note = :note, redirect_place_id = :redirectPlace,
                    redirect_contact = :redirectContact, answered_by = :actor, answered_at = now(), version = version + 1
                where id = :id and version = :version and status = 'requested'""")
                .param("status", status).param("note", answer.note()).param("redirectPlace", answer.redirectPlaceId())
                .param("redirectContact", answer.redirectContact()).param("actor", actor).param("id", id)
                .param("version", expectedVersion).update() == 1;
    }

    /** False when the exchange changed since {@code expectedVersion} was read or is not accepted. */
    boolean arranged(long id, int expectedVersion, String kind, Long eventId, Long partnershipId, String actor) {
        return jdbc.sql("""
                update exchange_request set status = 'arranged', arranged_as = :kind, event_id = :event,
                    partnership_id = :partnership, arranged_by = :actor, arranged_at = now(), version = version + 1
                where id = :id and version = :version and status = 'accepted'""")
                .param("kind", kind).param("event", eventId).param("partnership", partnershipId).param("actor", actor)
                .param("id", id).param("version", expectedVersion).update() == 1;
    }

    private Exchange exchange(ResultSet rs, int row) throws SQLException {
        return new Exchange(rs.getLong("id"), rs.getLong("requester_place_id"), rs.getLong("peer_place_id"),
                rs.getObject("need_id", Long.class), rs.getObject("offer_id", Long.class), rs.getString("theme"),
                rs.getString("activity"), rs.getString("message"), rs.getString("status"), rs.getString("answer_note"),
                rs.getObject("redirect_place_id", Long.class), rs.getString("redirect_contact"), rs.getString("arranged_as"),
                rs.getObject("event_id", Long.class), rs.getObject("partnership_id", Long.class),
                rs.getString("requested_by"), rs.getObject("requested_at", OffsetDateTime.class),
                rs.getString("answered_by"), rs.getObject("answered_at", OffsetDateTime.class),
                rs.getString("arranged_by"), rs.getObject("arranged_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
