package org.crossroads.learning.participants;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who registered for which event and who attended. */
@Repository
public class Registrations {

    private final JdbcClient jdbc;

    Registrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the person was already registered for the event */
    boolean register(long eventId, Participant p, String actor) {
        return jdbc.sql("""
                insert into registration (event_id, participant_id, place_id, position, gender, registered_by)
                values (:e, :p, :place, :position, :gender, :actor) on conflict (event_id, participant_id) do nothing""")
                .param("e", eventId).param("p", p.id()).param("place", p.placeId()).param("position", p.position())
                .param("gender", p.gender()).param("actor", actor).update() == 1;
    }

    boolean setAttendance(long eventId, long participantId, Boolean attended) {
        return jdbc.sql("update registration set attended = :a where event_id = :e and participant_id = :p")
                .param("a", attended).param("e", eventId).param("p", participantId).update() == 1;
    }

    public List<Registration> ofEvent(long eventId) {
        return jdbc.sql("select * from registration where event_id = :e order by id").param("e", eventId)
                .query(Registrations::registration).list();
    }

    List<Registration> ofParticipant(long participantId) {
        return jdbc.sql("""
                select r.* from registration r join learning_event e on e.id = r.event_id
                where r.participant_id = :p order by e.starts_on""").param("p", participantId)
                .query(Registrations::registration).list();
    }

    /** Moves a duplicate's registrations to the kept record; where both were registered, attendance is merged. */
    void move(long fromParticipant, long toParticipant) {
        jdbc.sql("""
                update registration k set attended = case when k.attended or d.attended then true
                                                       else coalesce(k.attended, d.attended) end
                from registration d
                where k.participant_id = :to and d.participant_id = :from and d.event_id = k.event_id""")
                .param("to", toParticipant).param("from", fromParticipant).update();
        jdbc.sql("""
                delete from registration d where d.participant_id = :from
                  and exists (select 1 from registration k where k.participant_id = :to and k.event_id = d.event_id)""")
                .param("to", toParticipant).param("from", fromParticipant).update();
        jdbc.sql("update registration set participant_id = :to where participant_id = :from")
                .param("to", toParticipant).param("from", fromParticipant).update();
    }

    static Registration registration(ResultSet rs, int row) throws SQLException {
        Boolean attended = rs.getBoolean("attended");
        if (rs.wasNull()) {
            attended = null;
        }
        return new Registration(rs.getLong("id"), rs.getLong("event_id"), rs.getLong("participant_id"),
                Participants.nullableLong(rs, "place_id"), rs.getString("position"), rs.getString("gender"), attended);
    }
}
