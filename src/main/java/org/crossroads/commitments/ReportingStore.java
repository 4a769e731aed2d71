package org.crossroads.commitments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored reporting rounds, their invitations and the hashes of their links' tokens. */
@Repository
class ReportingStore {

    private final JdbcClient jdbc;

    ReportingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertRound(long frameworkId, long cycleId, LocalDate closesOn, String message, String actor) {
        return jdbc.sql("""
                insert into reporting_round (framework_id, cycle_id, closes_on, message, opened_by)
                values (:f, :c, :closes, :message, :actor) returning id""").param("f", frameworkId).param("c", cycleId)
                .param("closes", closesOn).param("message", message).param("actor", actor).query(Long.class).single();
    }

    long insertInvitation(long roundId, long placeId, String email, String language) {
        return jdbc.sql("""
                insert into reporting_invitation (round_id, place_id, email, language) values (:r, :p, :e, :l)
                returning id""").param("r", roundId).param("p", placeId).param("e", email).param("l", language)
                .query(Long.class).single();
    }

    void insertToken(long invitationId, String tokenHash) {
        jdbc.sql("insert into reporting_token (token_hash, invitation_id) values (:h, :i)").param("h", tokenHash)
                .param("i", invitationId).update();
    }

    Optional<ReportingRound> round(long id) {
        return jdbc.sql("select * from reporting_round where id = :id").param("id", id).query(this::roundRow).optional();
    }

    Optional<ReportingRound> openRound(long frameworkId, long cycleId) {
        return jdbc.sql("select * from reporting_round where framework_id = :f and cycle_id = :c and closed_at is null")
                .param("f", frameworkId).param("c", cycleId).query(this::roundRow).optional();
    }

    List<ReportingRound> rounds(long frameworkId) {
        return jdbc.sql("select * from reporting_round where framework_id = :f order by opened_at desc, id desc")
                .param("f", frameworkId).query(this::roundRow).list();
    }

    List<ReportingRound.Invitation> invitations(long roundId) {
        return jdbc.sql("select * from reporting_invitation where round_id = :r order by id").param("r", roundId)
                .query(this::invitationRow).list();
    }

    Optional<ReportingRound.Invitation> invitationOfToken(String tokenHash) {
        return jdbc.sql("""
                select i.* from reporting_token t join reporting_invitation i on i.id = t.invitation_id
                where t.token_hash = :h""").param("h", tokenHash).query(this::invitationRow).optional();
    }

    /** Marks the invitation reported, once: false when it already was (a second submission of the same link). */
    boolean markReported(long invitationId) {
        return jdbc.sql("update reporting_invitation set reported_at = now() where id = :i and reported_at is null")
                .param("i", invitationId).update() == 1;
    }

    /** Invitations of open rounds not yet reported whose last email is older than {@code before}. */
    List<ReportingRound.Invitation> dueReminders(OffsetDateTime before, int maxReminders, LocalDate today) {
        return jdbc.sql("""
                select i.* from reporting_invitation i join reporting_round r on r.id = i.round_id
                where r.closed_at is null and r.closes_on >= :today and i.reported_at is null and i.email is not null
                  and i.reminders < :max and i.last_sent_at < :before
                order by i.id""").param("today", today).param("max", maxReminders).param("before", before)
                .query(this::invitationRow).list();
    }

    void reminded(long invitationId) {
        jdbc.sql("update reporting_invitation set reminders = reminders + 1, last_sent_at = now() where id = :i")
                .param("i", invitationId).update();
    }

    /** Closes a round: its links say so from now on, and the addresses they were sent to are erased. */
    boolean close(long roundId, String actor) {
        int n = jdbc.sql("update reporting_round set closed_at = now(), closed_by = :actor where id = :id and closed_at is null")
                .param("id", roundId).param("actor", actor).update();
        jdbc.sql("update reporting_invitation set email = null where round_id = :id").param("id", roundId).update();
        return n == 1;
    }

    /** Rounds past their closing day that nobody closed: closed as their own closing would. */
    List<Long> expired(LocalDate today) {
        return jdbc.sql("select id from reporting_round where closed_at is null and closes_on < :today").param("today", today)
                .query(Long.class).list();
    }

    private ReportingRound roundRow(ResultSet rs, int row) throws SQLException {
        return new ReportingRound(rs.getLong("id"), rs.getLong("framework_id"), rs.getLong("cycle_id"),
                rs.getObject("closes_on", LocalDate.class), rs.getString("message"), rs.getString("opened_by"),
                rs.getObject("opened_at", OffsetDateTime.class), rs.getString("closed_by"),
                rs.getObject("closed_at", OffsetDateTime.class));
    }

    private ReportingRound.Invitation invitationRow(ResultSet rs, int row) throws SQLException {
        return new ReportingRound.Invitation(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("place_id"),
                rs.getString("email"), rs.getString("language"), rs.getInt("reminders"),
                rs.getObject("last_sent_at", OffsetDateTime.class), rs.getObject("reported_at", OffsetDateTime.class));
    }
}
