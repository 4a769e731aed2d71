package org.crossroads.learning.participants;

import org.crossroads.shared.web.RecordNotFoundException;
import org.crossroads.learning.LearningFiguresChanged;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.learning.LearningPermissions;
import org.crossroads.learning.events.LearningEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.audit.AuditTrail;
import org.crossroads.shared.mail.MailOutbox;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration, attendance and the person records behind them. Recognises the same person across
 * events (same email, or same name in the same city), merges duplicates, and guards personal data:
 * every read by another user is checked and audited; audit snapshots never hold personal data.
 */
@Service
public class ParticipantRegistry {

    static final String RECORD = "participant";

    private final Participants participants;
    private final Registrations registrations;
    private final ParticipantValidation validation;
    private final LearningEvents events;
    private final LearningPermissions permissions;
    private final AuditTrail audit;
    private final MailOutbox outbox;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;

    ParticipantRegistry(Participants participants, Registrations registrations, ParticipantValidation validation,
            LearningEvents events, LearningPermissions permissions, AuditTrail audit, MailOutbox outbox, JdbcClient jdbc,
            ApplicationEventPublisher publisher) {
        this.participants = participants;
        this.registrations = registrations;
        this.validation = validation;
        this.events = events;
        this.permissions = permissions;
        this.audit = audit;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    /**
     * @param recognised the person was already known (from an earlier event or registration)
     * @param alreadyRegistered they were already registered for this event: nothing changed
     */
    public record RegistrationResult(long participantId, boolean recognised, boolean alreadyRegistered) {}

    /** A registration with the person behind it, for the organisers' list. */
    public record ParticipantRow(Participant participant, Registration registration) {}

    @Transactional(noRollbackFor = InvalidEntryException.class)
    public RegistrationResult register(long eventId, ParticipantDraft draft, Editor editor) {
        LearningEvent event = runnable(eventId, editor);
        ResolvedParticipant resolved = validation.check(draft);
        Optional<Participant> known = draft.email() == null || draft.email().isBlank()
                ? participants.findByNameInCity(draft.fullName(), resolved.placeId())
                : participants.findByEmail(draft.email());
        long id = known.map(Participant::id).orElseGet(() -> participants.insert(resolved, editor.username()));
        LocalDate consentDate = draft.consentGivenOn() == null ? LocalDate.now() : draft.consentGivenOn();
        draft.consents().forEach(purpose -> participants.addConsent(id, purpose, consentDate, editor.username()));
        boolean added = registrations.register(event.id(), participants.find(id).orElseThrow(), editor.username());
        if (added) {
            audit.record(RECORD, id, "registered", editor.username(), Map.of("event", event.id()));
            changed(id);
        }
        return new RegistrationResult(id, known.isPresent(), !added);
    }

    /** Registers a person already on record (chosen from the duplicates or an earlier event). */
    @Transactional
    public boolean registerKnown(long eventId, long participantId, Editor editor) {
        LearningEvent event = runnable(eventId, editor);
        Participant person = visible(participantId, editor);
        boolean added = registrations.register(event.id(), person, editor.username());
        if (added) {
            audit.record(RECORD, participantId, "registered", editor.username(), Map.of("event", event.id()));
            changed(participantId);
        }
        return added;
    }

    @Transactional
    public void recordAttendance(long eventId, long participantId, Boolean attended, Editor editor) {
        runnable(eventId, editor);
        if (registrations.setAttendance(eventId, participantId, attended)) {
            audit.record(RECORD, participantId, "attendance", editor.username(),
                    Map.of("event", eventId, "attended", String.valueOf(attended)));
            changed(participantId);
        }
    }

    /** The event's registrations with the persons: for its organisers only; audited. */
    @Transactional
    public List<ParticipantRow> participantsOf(long eventId, Editor editor) {
        runnable(eventId, editor);
        List<ParticipantRow> rows = new ArrayList<>();
        for (Registration r : registrations.ofEvent(eventId)) {
            rows.add(new ParticipantRow(participants.find(r.participantId()).orElseThrow(), r));
        }
        audit.record("learning_event", eventId, "viewed participants", editor.username(), Map.of("count", rows.size()));
        return rows;
    }

    /** One person's record, for someone entitled to it; audited. */
    @Transactional
    public Participant view(long participantId, Editor editor) {
        Participant person = visible(participantId, editor);
        audit.record(RECORD, participantId, "viewed", editor.username(), Map.of());
        return person;
    }

    public List<Registration> registrationsOf(long participantId, Editor editor) {
        visible(participantId, editor);
        return registrations.ofParticipant(participantId);
    }

    @Transactional(noRollbackFor = InvalidEntryException.class)
    public void update(long participantId, int expectedVersion, ParticipantDraft draft, Editor editor) {
        visible(participantId, editor);
        ResolvedParticipant resolved = validation.check(draft);
        if (!participants.update(participantId, expectedVersion, resolved)) {
            throw new ConcurrentEditException(RECORD, participantId);
        }
        LocalDate consentDate = draft.consentGivenOn() == null ? LocalDate.now() : draft.consentGivenOn();
        draft.consents().forEach(purpose -> participants.addConsent(participantId, purpose, consentDate, editor.username()));
        Participant current = participants.find(participantId).orElseThrow();
        current.consents().stream().filter(c -> c.withdrawnOn() == null && !draft.consents().contains(c.purpose()))
                .forEach(c -> participants.withdrawConsent(participantId, c.purpose()));
        audit.record(RECORD, participantId, "updated", editor.username(), Map.of());
        changed(participantId);
    }

    /**
     * Folds a duplicate record into the kept one: registrations (attendance merged), consents and survey
     * invitations move; the duplicate keeps no personal data and points to the kept record.
     */
    @Transactional
    public void merge(long keptId, long duplicateId, Editor editor) {
        if (keptId == duplicateId) {
            throw InvalidEntryException.of("duplicate", "learning.error.mergeSelf");
        }
        Participant kept = visible(keptId, editor);
        Participant duplicate = visible(duplicateId, editor);
        if (kept.mergedInto() != null || duplicate.mergedInto() != null) {
            throw InvalidEntryException.of("duplicate", "learning.error.alreadyMerged");
        }
        registrations.move(duplicateId, keptId);
        duplicate.consents().stream().filter(c -> c.withdrawnOn() == null)
                .forEach(c -> participants.addConsent(keptId, c.purpose(), c.givenOn(), editor.username()));
        jdbc.sql("""
                update survey_invitation d set participant_id = :k where participant_id = :d
                  and not exists (select 1 from survey_invitation k where k.participant_id = :k and k.survey_id = d.survey_id)""")
                .param("k", keptId).param("d", duplicateId).update();
        if (kept.email() == null && duplicate.email() != null) {
            jdbc.sql("update participant set email = null where id = :d").param("d", duplicateId).update();
            jdbc.sql("update participant set email = :e where id = :k").param("e", duplicate.email()).param("k", keptId).update();
        }
        participants.erase(duplicateId);
        participants.markMerged(duplicateId, keptId);
        audit.record(RECORD, duplicateId, "merged", editor.username(), Map.of("into", keptId));
        audit.record(RECORD, keptId, "merged", editor.username(), Map.of("from", duplicateId));
        changed(keptId);
    }

    /** Same-name pairs among the persons this editor may see. */
    public List<long[]> possibleDuplicates(Editor editor) {
        return participants.sameNamePairs(visibleIds(editor));
    }

    /**
     * Forgets a person: every personal field, their consents and the link between them and their survey
     * answers go; registrations stay with the city, position and gender of the time, so aggregates hold.
     */
    @Transactional
    public void erase(long participantId, Editor editor) {
        visible(participantId, editor);
        eraseNow(participantId, editor.username());
    }

    /**
     * Erases a person now, whoever asked (the person, an organiser, the retention job). Mail still queued
     * to them is withdrawn in the same transaction: it holds their name, address and personal links.
     */
    @Transactional
    public void eraseNow(long participantId, String actor) {
        String email = participants.find(participantId).map(Participant::email).orElse(null);
        List<String> references = new ArrayList<>(jdbc.sql("select 'invitation:' || id from survey_invitation where participant_id = :p")
                .param("p", participantId).query(String.class).list());
        references.add("participant:" + participantId);
        int withdrawn = outbox.forget(email, references);
        jdbc.sql("update survey_invitation set participant_id = null where participant_id = :p").param("p", participantId).update();
        participants.erase(participantId);
        audit.record(RECORD, participantId, "erased", actor, Map.of("queuedMailWithdrawn", withdrawn));
        changed(participantId);
    }

    /**
     * Erases the persons who attended no event for the configured retention period (and are older
     * than it): run daily by the retention job.
     *
     * @return how many were erased
     */
    @Transactional
    public int eraseExpired(int retentionYears) {
        List<Long> due = participants.lastSeenBefore(LocalDate.now().minusYears(retentionYears));
        due.forEach(id -> eraseNow(id, "retention period (" + retentionYears + " years)"));
        return due.size();
    }

    /** Whether this editor may see this person's data: administrators; coordinators of networks whose events they attended. */
    public boolean maySee(Editor editor, long participantId) {
        if (editor.role() == Role.ADMINISTRATOR) {
            return true;
        }
        if (editor.role() != Role.NETWORK_COORDINATOR || editor.organisationId() == null) {
            return false;
        }
        return jdbc.sql("""
                select exists (select 1 from participant p where p.id = :p and (p.created_by = :u or exists (
                    select 1 from registration r join learning_event_organiser o on o.event_id = r.event_id
                    where r.participant_id = p.id and o.organisation_id = :org)))""")
                .param("p", participantId).param("u", editor.username()).param("org", editor.organisationId())
                .query(Boolean.class).single();
    }

    private void changed(long participantId) {
        publisher.publishEvent(new LearningFiguresChanged(RECORD, participantId));
    }

    private List<Long> visibleIds(Editor editor) {
        if (editor.role() == Role.ADMINISTRATOR) {
            return jdbc.sql("select id from participant where merged_into is null and erased_at is null").query(Long.class).list();
        }
        if (editor.role() != Role.NETWORK_COORDINATOR || editor.organisationId() == null) {
            return List.of();
        }
        return jdbc.sql("""
                select p.id from participant p where p.merged_into is null and p.erased_at is null and (p.created_by = :u
                  or exists (select 1 from registration r join learning_event_organiser o on o.event_id = r.event_id
                             where r.participant_id = p.id and o.organisation_id = :org))""")
                .param("u", editor.username()).param("org", editor.organisationId()).query(Long.class).list();
    }

    private Participant visible(long participantId, Editor editor) {
        Participant person = participants.find(participantId).orElseThrow(() -> new RecordNotFoundException("participant", participantId));
        if (!maySee(editor, participantId)) {
            throw new AccessDeniedException("Editor " + editor.username() + " may not see participant " + participantId);
        }
        return person;
    }

    private LearningEvent runnable(long eventId, Editor editor) {
        LearningEvent event = events.find(eventId).orElseThrow(() -> new RecordNotFoundException("event", eventId));
        if (!permissions.mayRunEvent(editor, event)) {
            throw new AccessDeniedException("Editor " + editor.username() + " does not run event " + eventId);
        }
        return event;
    }
}
