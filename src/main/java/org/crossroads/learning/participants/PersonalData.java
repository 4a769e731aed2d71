package org.crossroads.learning.participants;

import org.crossroads.learning.events.LearningEvent;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.shared.mail.LinkTokens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.shared.mail.MailOutbox;
import org.crossroads.shared.mail.OutgoingMail;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own access to their data, without an account: a personal link sent to their email opens
 * a page where they see everything held about them, download it and have it erased.
 */
@Service
public class PersonalData {

    private final Participants participants;
    private final Registrations registrations;
    private final ParticipantRegistry registry;
    private final LearningEvents events;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final JdbcClient jdbc;

    PersonalData(Participants participants, Registrations registrations, ParticipantRegistry registry,
            LearningEvents events, MailOutbox outbox, MessageSource messages, JdbcClient jdbc) {
        this.participants = participants;
        this.registrations = registrations;
        this.registry = registry;
        this.events = events;
        this.outbox = outbox;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    /**
     * Emails the person a new personal link (an older link stops working). The coordinator never sees
     * the link, so cannot act as the person.
     */
    @Transactional
    public void sendLink(long participantId, Editor editor) {
        Participant person = registry.view(participantId, editor);
        if (person.email() == null) {
            throw InvalidEntryException.of("email", "learning.error.noEmail");
        }
        String token = LinkTokens.newToken();
        participants.setAccessTokenHash(participantId, LinkTokens.hash(token));
        Locale locale = Locale.forLanguageTag(person.language());
        String link = outbox.link("/me/" + token);
        outbox.enqueue(OutgoingMail.text(person.email(),
                messages.getMessage("learning.mail.personalLink.subject", null, locale),
                messages.getMessage("learning.mail.personalLink.body", new Object[] {person.fullName(), link}, locale),
                person.language(), "personal-data-link", "participant:" + participantId));
    }

    public Optional<Participant> byLink(String token) {
        if (!LinkTokens.looksValid(token)) {
            return Optional.empty();
        }
        return participants.findByAccessTokenHash(LinkTokens.hash(token));
    }

    /** Everything held about the person, as a document they can keep (the JSON download). */
    public Map<String, Object> export(Participant person) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("full_name", person.fullName());
        data.put("email", person.email());
        data.put("organisation_id", person.organisationId());
        data.put("city_id", person.placeId());
        data.put("position", person.position());
        data.put("expertise", person.expertise());
        data.put("gender", person.gender());
        data.put("gender_description", person.genderDescription());
        data.put("language", person.language());
        data.put("consents", person.consents().stream().map(c -> {
            Map<String, Object> consent = new LinkedHashMap<>();
            consent.put("purpose", c.purpose());
            consent.put("given_on", String.valueOf(c.givenOn()));
            consent.put("withdrawn_on", c.withdrawnOn() == null ? null : c.withdrawnOn().toString());
            return consent;
        }).toList());
        List<Map<String, Object>> attended = new ArrayList<>();
        for (Registration r : registrations.ofParticipant(person.id())) {
            LearningEvent e = events.find(r.eventId()).orElseThrow();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("event", e.theme());
            row.put("starts_on", e.startsOn().toString());
            row.put("attended", r.attended());
            attended.add(row);
        }
        data.put("events", attended);
        data.put("survey_answers", jdbc.sql("""
                select s.round, e.theme, q.prompt ->> 'en' as question, a.score, a.choice, a.text_value, sr.submitted_at
                from survey_invitation i join survey_response sr on sr.invitation_id = i.id
                join survey s on s.id = sr.survey_id join learning_event e on e.id = s.event_id
                join survey_answer a on a.response_id = sr.id join survey_question q on q.id = a.question_id
                where i.participant_id = :p order by sr.submitted_at, q.position""").param("p", person.id())
                .query((rs, n) -> {
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("survey", rs.getString(1));
                    answer.put("event", rs.getString(2));
                    answer.put("question", rs.getString(3));
                    int score = rs.getInt(4);
                    answer.put("score", rs.wasNull() ? null : score);
                    answer.put("choice", rs.getString(5));
                    answer.put("text", rs.getString(6));
                    answer.put("submitted_at", String.valueOf(rs.getObject(7, java.time.OffsetDateTime.class)));
                    return answer;
                }).list());
        return data;
    }

    /** The person's own erasure request, through their link: takes effect at once. */
    @Transactional
    public void eraseOnRequest(Participant person) {
        registry.eraseNow(person.id(), "the person (personal link)");
    }
}
