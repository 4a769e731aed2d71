package org.crossroads.commitments;

import org.crossroads.shared.web.RecordNotFoundException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.audit.AuditTrail;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording pledges and the changes of their status: every field checked ({@link CommitmentChecks}), who may do what
 * ({@link CommitmentPermissions}: those whose scope holds one of the pledge's parties), optimistic locking and the
 * audit trail (record type {@code pledge}), in one transaction. A pledge's status changes only by a new entry in its
 * history, never by overwriting one, so that what was reported at each review stays readable.
 */
@Service
public class PledgeEditing {

    public static final String RECORD = "pledge";

    private final PledgeStore store;
    private final CommitmentChecks checks;
    private final CommitmentPermissions permissions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    PledgeEditing(PledgeStore store, CommitmentChecks checks, CommitmentPermissions permissions, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.store = store;
        this.checks = checks;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
    }

    /**
     * @return the new pledge's id
     * @throws InvalidEntryException naming every bad field, or the parties when none is in the editor's scope
     */
    @Transactional
    public long create(PledgeDraft draft, Editor editor) {
        Pledge checked = checks.pledge(draft);
        requireScope(checked, editor);
        return store(checked, draft, editor.username());
    }

    /** A pledge of the built-in dataset or of an import already checked for its editor: no scope check here. */
    @Transactional
    public long createAs(PledgeDraft draft, String actor) {
        return store(checks.pledge(draft), draft, actor);
    }

    /** What an import's row did. */
    public enum Outcome { CREATED, UPDATED }

    /**
     * An import's row: a new pledge, or, when a pledge has the draft's external id, that pledge's text and fields
     * changed (not its status, which changes only through its history), when this editor may change it.
     *
     * @throws InvalidEntryException naming every bad field; on {@code external_id} when the pledge of that key is
     *     one this editor may not change
     */
    @Transactional
    public Outcome upsert(PledgeDraft draft, Editor editor) {
        Optional<Long> existing = CommitmentChecks.blank(draft.externalId()) ? Optional.empty()
                : store.idOf(draft.externalId().strip());
        if (existing.isEmpty()) {
            create(draft, editor);
            return Outcome.CREATED;
        }
        Pledge current = store.find(existing.get()).orElseThrow();
        if (!permissions.mayEdit(current, editor)) {
            throw new InvalidEntryException(List.of(FieldError.of("external_id", "commitments.error.notYours")));
        }
        update(current.id(), current.version(), draft, editor);
        return Outcome.UPDATED;
    }

    /** Every problem of a draft's fields, saving nothing (an import's dry run reports them with the file's own). */
    public List<FieldError> problems(PledgeDraft draft) {
        try {
            checks.pledge(draft);
            return List.of();
        } catch (InvalidEntryException e) {
            return e.errors();
        }
    }

    /** Changes what was pledged (not its status: see {@link #changeStatus}). */
    @Transactional
    public void update(long id, int expectedVersion, PledgeDraft draft, Editor editor) {
        Pledge current = editable(id, editor);
        Pledge checked = checks.pledge(draft);
        requireScope(checked, editor);
        Pledge kept = new Pledge(id, current.externalId(), checked.frameworkId(), checked.language(), checked.text(),
                checked.translations(), checked.parties(), checked.articles(), checked.gcmObjectives(),
                checked.gcrObjectives(), checked.themes(), checked.target(), checked.responsibleOffice(),
                checked.contactEmail(), current.status(), current.statusOn(), checked.restricted(), checked.sources(),
                current.createdBy(), current.version());
        if (!store.update(id, expectedVersion, kept, editor.username())) {
            throw new ConcurrentEditException(RECORD, id);
        }
        record(id, "updated", editor.username());
    }

    /**
     * Adds an entry to the pledge's history: a status from a date, with a note and evidence.
     *
     * @throws ConcurrentEditException when someone changed the pledge after {@code expectedVersion} was read
     */
    @Transactional
    public void changeStatus(long id, int expectedVersion, StatusDraft draft, Editor editor) {
        editable(id, editor);
        addStatus(id, expectedVersion, draft, editor.username());
    }

    /**
     * The same for a city reporting through its personal link in a round: the caller checked that the link names a
     * party of the pledge.
     */
    @Transactional
    public void changeStatusInRound(long id, StatusDraft draft, long roundId, String actor) {
        Pledge p = store.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        StatusChange c = checks.status(draft, firstDay(id));
        StatusChange inRound = new StatusChange(0, id, c.status(), c.on(), c.language(), c.note(), c.translations(),
                c.source(), c.evidence(), actor, null, roundId);
        if (!store.addStatus(id, p.version(), inRound, actor)) {
            throw new ConcurrentEditException(RECORD, id);
        }
        record(id, "status", actor);
    }

    /** Every problem of a status change, saving nothing. */
    public List<FieldError> problems(long id, StatusDraft draft) {
        try {
            checks.status(draft, firstDay(id));
            return List.of();
        } catch (InvalidEntryException e) {
            return e.errors();
        }
    }

    /** The pledge, when this editor may change it; not found when they may not even see it. */
    public Pledge editable(long id, Editor editor) {
        Pledge p = store.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        if (!permissions.mayEdit(p, editor)) {
            if (!permissions.maySee(p, permissions.scope(Optional.of(editor)))) {
                throw new RecordNotFoundException(RECORD, id);
            }
            throw new AccessDeniedException("Editor " + editor.username() + " may not change pledge " + id);
        }
        return p;
    }

    private long store(Pledge checked, PledgeDraft draft, String actor) {
        long id = store.insert(checked, actor);
        StatusChange first = new StatusChange(0, id, checked.status(),
                PartialDate.parse(draft.statusOn()), checked.language(), null, Map.of(),
                checked.sources().isEmpty() ? null : checked.sources().get(0), List.of(), actor, null, null);
        store.addStatus(id, 0, first, actor);
        record(id, "created", actor);
        return id;
    }

    private void addStatus(long id, int expectedVersion, StatusDraft draft, String actor) {
        StatusChange change = checks.status(draft, firstDay(id));
        if (!store.addStatus(id, expectedVersion, change, actor)) {
            throw new ConcurrentEditException(RECORD, id);
        }
        record(id, "status", actor);
    }

    /** The day the pledge's first status is dated from: no later status may be dated before it. */
    private LocalDate firstDay(long id) {
        List<StatusChange> history = store.history(id);
        return history.isEmpty() ? null : history.get(0).on().date();
    }

    private void requireScope(Pledge p, Editor editor) {
        if (!permissions.mayEdit(p, editor)) {
            throw new InvalidEntryException(List.of(FieldError.of("cities", "commitments.error.partyOutOfScope")));
        }
    }

    private void record(long id, String action, String actor) {
        Pledge p = store.find(id).orElseThrow();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("framework", p.frameworkId());
        s.put("language", p.language());
        s.put("text", p.text());
        s.put("translations", p.translations());
        s.put("parties", p.parties().stream().map(x -> x.placeId() != null ? "place " + x.placeId()
                : "organisation " + x.organisationId()).toList());
        s.put("articles", p.articles());
        s.put("gcm_objectives", p.gcmObjectives());
        s.put("gcr_objectives", p.gcrObjectives());
        s.put("themes", p.themes());
        s.put("target", p.target() == null ? null : p.target().iso());
        s.put("responsible_office", p.responsibleOffice());
        s.put("status", p.status().code() + " " + p.statusOn());
        s.put("visibility", p.restricted() ? "restricted" : "public");
        audit.record(RECORD, id, action, actor, s);
        events.publishEvent(new CommitmentsChanged(RECORD, id));
    }
}
