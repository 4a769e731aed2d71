package org.crossroads.learning.participants;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored participants and their consents. Package-private writes: every change goes through
 * {@link ParticipantRegistry}, which checks access and audits.
 */
@Repository
public class Participants {

    private final JdbcClient jdbc;

    Participants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Participant> find(long id) {
        return jdbc.sql("select * from participant where id = :id").param("id", id).query(this::participant).optional()
                .map(this::withConsents);
    }

    Optional<Participant> findByEmail(String email) {
        return jdbc.sql("select * from participant where lower(email) = lower(:e) and merged_into is null")
                .param("e", email.strip()).query(this::participant).optional().map(this::withConsents);
    }

    /** The same name (ignoring case and accents) in the same city: the same person, unless emails differ. */
    Optional<Participant> findByNameInCity(String fullName, Long placeId) {
        return jdbc.sql("""
                select * from participant
                where match_key = crossroads_key(:n) and place_id is not distinct from :p
                  and merged_into is null and erased_at is null
                order by id limit 1""").param("n", fullName.strip()).param("p", placeId)
                .query(this::participant).optional().map(this::withConsents);
    }

    Optional<Participant> findByAccessTokenHash(String hash) {
        return jdbc.sql("select * from participant where access_token_hash = :h and merged_into is null and erased_at is null")
                .param("h", hash).query(this::participant).optional().map(this::withConsents);
    }

    long insert(ResolvedParticipant p, String actor) {
        return jdbc.sql("""
                insert into participant (full_name, email, organisation_id, place_id, position, expertise, gender,
                    gender_description, language, match_key, created_by)
                values (:name, :email, :org, :place, :position, :expertise, :gender, :genderDescription, :language,
                    crossroads_key(:name), :actor) returning id""")
                .params(p.columns()).param("actor", actor).query(Long.class).single();
    }

    boolean update(long id, int expectedVersion, ResolvedParticipant p) {
        return jdbc.sql("""
                update participant set full_name = :name, email = :email, organisation_id = :org, place_id = :place,
                    position = :position, expertise = :expertise, gender = :gender, gender_description = :genderDescription,
                    language = :language, match_key = crossroads_key(:name), updated_at = now(), version = version + 1
                where id = :id and version = :version and erased_at is null""")
                .params(p.columns()).param("id", id).param("version", expectedVersion).update() == 1;
    }

    void addConsent(long participantId, String purpose, LocalDate givenOn, String actor) {
        jdbc.sql("""
                insert into participant_consent (participant_id, purpose, given_on, recorded_by)
                select :p, :purpose, :on, :actor
                where not exists (select 1 from participant_consent
                                  where participant_id = :p and purpose = :purpose and withdrawn_on is null)""")
                .param("p", participantId).param("purpose", purpose).param("on", givenOn).param("actor", actor).update();
    }

    void withdrawConsent(long participantId, String purpose) {
        jdbc.sql("update participant_consent set withdrawn_on = current_date where participant_id = :p and purpose = :purpose and withdrawn_on is null")
                .param("p", participantId).param("purpose", purpose).update();
    }

    void setAccessTokenHash(long participantId, String hash) {
        jdbc.sql("update participant set access_token_hash = :h where id = :id").param("h", hash).param("id", participantId).update();
    }

    /** Blanks every personal field; the row stays (without them) so that counts over time stay right. */
    void erase(long id) {
        jdbc.sql("""
                update participant set full_name = null, email = null, organisation_id = null, expertise = null,
                    gender_description = null, match_key = null, access_token_hash = null, erased_at = now(),
                    version = version + 1
                where id = :id""").param("id", id).update();
        jdbc.sql("delete from participant_consent where participant_id = :id").param("id", id).update();
    }

    void markMerged(long duplicateId, long keptId) {
        jdbc.sql("update participant set merged_into = :k where id = :d").param("k", keptId).param("d", duplicateId).update();
    }

    /**
     * Pairs of active records with the same name (ignoring case and accents) among those an editor may
     * see: candidates for a merge.
     */
    List<long[]> sameNamePairs(List<Long> visibleIds) {
        return jdbc.sql("""
                select a.id, b.id from participant a join participant b
                  on a.match_key = b.match_key and a.id < b.id
                where a.merged_into is null and b.merged_into is null and a.erased_at is null and b.erased_at is null
                  and a.id = any(:ids) and b.id = any(:ids)
                order by a.match_key limit 200""").param("ids", visibleIds.toArray(Long[]::new))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    /** Persons whose last event ended before {@code cutoff} (and who were registered before it): due for erasure. */
    List<Long> lastSeenBefore(LocalDate cutoff) {
        return jdbc.sql("""
                select p.id from participant p
                where p.erased_at is null and p.merged_into is null and p.created_at < cast(:cutoff as date)
                  and not exists (select 1 from registration r join learning_event e on e.id = r.event_id
                                  where r.participant_id = p.id and e.ends_on >= :cutoff)""")
                .param("cutoff", cutoff).query(Long.class).list();
    }

    private Participant withConsents(Participant p) {
        List<Participant.Consent> consents = jdbc.sql("""
                select id, purpose, given_on, withdrawn_on, recorded_by from participant_consent
                where participant_id = :p order by id""").param("p", p.id())
                .query((rs, n) -> new Participant.Consent(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5))).list();
        return new Participant(p.id(), p.fullName(), p.email(), p.organisationId(), p.placeId(), p.position(), p.expertise(),
                p.gender(), p.genderDescription(), p.language(), p.mergedInto(), p.erasedAt(), p.createdBy(), p.version(),
                consents);
    }

    private Participant participant(ResultSet rs, int row) throws SQLException {
        return new Participant(rs.getLong("id"), rs.getString("full_name"), rs.getString("email"),
                nullableLong(rs, "organisation_id"), nullableLong(rs, "place_id"), rs.getString("position"),
                rs.getString("expertise"), rs.getString("gender"), rs.getString("gender_description"),
                rs.getString("language"), nullableLong(rs, "merged_into"), rs.getObject("erased_at", OffsetDateTime.class),
                rs.getString("created_by"), rs.getInt("version"), List.of());
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
