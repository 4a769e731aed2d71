package org.crossroads.learning.surveys;

import org.crossroads.learning.participants.Participants;
import org.crossroads.learning.participants.Participant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored survey rounds, invitations and responses. */
@Repository
class Surveys {

    private final JdbcClient jdbc;

    Surveys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Survey> find(long id) {
        return jdbc.sql("select * from survey where id = :id").param("id", id).query(Surveys::survey).optional();
    }

    List<Survey> ofEvent(long eventId) {
        return jdbc.sql("select * from survey where event_id = :e order by opens_on, id").param("e", eventId)
                .query(Surveys::survey).list();
    }

    /** @return the new survey's id, or empty when the event already has this round */
    Optional<Long> insert(long eventId, long templateId, String round, boolean anonymous, LocalDate opensOn,
            LocalDate closesOn, String actor) {
        return jdbc.sql("""
                insert into survey (event_id, template_id, round, anonymous, opens_on, closes_on, created_by)
                values (:e, :t, :r, :a, :o, :c, :actor) on conflict (event_id, round) do nothing returning id""")
                .param("e", eventId).param("t", templateId).param("r", round).param("a", anonymous)
                .param("o", opensOn).param("c", closesOn).param("actor", actor).query(Long.class).optional();
    }

    /** Marks the survey sent; false when another run already did (so invitations go once). */
    boolean markSent(long surveyId) {
        return jdbc.sql("update survey set sent_at = now() where id = :id and sent_at is null").param("id", surveyId).update() == 1;
    }

    List<Survey> dueFollowUps(LocalDate today) {
        return jdbc.sql("select * from survey where sent_at is null and round like 'follow_up%' and opens_on <= :d and closes_on >= :d")
                .param("d", today).query(Surveys::survey).list();
    }

    long insertInvitation(long surveyId, Participant p, String tokenHash) {
        return jdbc.sql("""
                insert into survey_invitation (survey_id, participant_id, token_hash, place_id, language, sent_at)
                values (:s, :p, :h, :place, :lang, now()) on conflict (survey_id, participant_id) do nothing returning id""")
                .param("s", surveyId).param("p", p.id()).param("h", tokenHash).param("place", p.placeId())
                .param("lang", p.language()).query(Long.class).optional().orElse(-1L);
    }

    Optional<Invitation> invitationByTokenHash(String hash) {
        return jdbc.sql("""
                select * from survey_invitation where token_hash = :h
                union all
                select i.* from survey_invitation i join survey_link l on l.invitation_id = i.id where l.token_hash = :h""")
                .param("h", hash).query(Surveys::invitation).list().stream().findFirst();
    }

    /** Claims the invitation for one response; false when it was already used (a double submission). */
    boolean claim(long invitationId) {
        return jdbc.sql("update survey_invitation set responded_at = now() where id = :id and responded_at is null")
                .param("id", invitationId).update() == 1;
    }

    long insertResponse(long surveyId, Long invitationId, Long placeId, String language) {
        return jdbc.sql("""
                insert into survey_response (survey_id, invitation_id, place_id, language) values (:s, :i, :p, :l) returning id""")
                .param("s", surveyId).param("i", invitationId).param("p", placeId).param("l", language)
                .query(Long.class).single();
    }

    void insertAnswer(long responseId, long questionId, Integer score, String choice, String text) {
        jdbc.sql("insert into survey_answer (response_id, question_id, score, choice, text_value) values (:r, :q, :s, :c, :t)")
                .param("r", responseId).param("q", questionId).param("s", score).param("c", choice).param("t", text).update();
    }

    /** Unanswered invitations of open surveys whose last mail is older than {@code before}, with fewer than {@code max} reminders. */
    List<Invitation> dueReminders(OffsetDateTime before, int max, LocalDate today) {
        return jdbc.sql("""
                select i.* from survey_invitation i join survey s on s.id = i.survey_id
                where i.responded_at is null and i.participant_id is not null and i.reminders < :max
                  and coalesce(i.reminded_at, i.sent_at) < :before and s.closes_on >= :today
                order by i.id limit 500""")
                .param("max", max).param("before", before).param("today", today).query(Surveys::invitation).list();
    }

    /** Records a reminder with its fresh link; earlier links keep working. */
    void remind(long invitationId, String tokenHash) {
        jdbc.sql("update survey_invitation set reminders = reminders + 1, reminded_at = now() where id = :id")
                .param("id", invitationId).update();
        jdbc.sql("insert into survey_link (token_hash, invitation_id) values (:h, :id)")
                .param("h", tokenHash).param("id", invitationId).update();
    }

    record InvitationCounts(long invited, long responded, long responses) {}

    InvitationCounts counts(long surveyId) {
        return jdbc.sql("""
                select (select count(*) from survey_invitation where survey_id = :s),
                       (select count(*) from survey_invitation where survey_id = :s and responded_at is not null),
                       (select count(*) from survey_response where survey_id = :s)""")
                .param("s", surveyId).query((rs, n) -> new InvitationCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    /**
     * A personal survey link as stored.
     *
     * @param participantId null once the person was erased
     */
    record Invitation(long id, long surveyId, Long participantId, Long placeId, String language, OffsetDateTime respondedAt,
            int reminders) {}

    static Invitation invitation(ResultSet rs, int row) throws SQLException {
        return new Invitation(rs.getLong("id"), rs.getLong("survey_id"), Participants.nullableLong(rs, "participant_id"),
                Participants.nullableLong(rs, "place_id"), rs.getString("language"),
                rs.getObject("responded_at", OffsetDateTime.class), rs.getInt("reminders"));
    }

    static Survey survey(ResultSet rs, int row) throws SQLException {
        return new Survey(rs.getLong("id"), rs.getLong("event_id"), rs.getLong("template_id"), rs.getString("round"),
                rs.getBoolean("anonymous"), rs.getObject("opens_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class),
                rs.getObject("sent_at", OffsetDateTime.class));
    }
}
