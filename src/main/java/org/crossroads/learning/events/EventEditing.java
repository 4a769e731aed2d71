package org.crossroads.learning.events;

import org.crossroads.shared.web.RecordNotFoundException;
import org.crossroads.learning.LearningFiguresChanged;
import org.crossroads.learning.LearningPermissions;
import java.util.ArrayList;
import java.util.List;
import org.crossroads.accounts.Editor;
import org.crossroads.audit.AuditTrail;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing events: validation, access rules, optimistic locking and the audit trail. */
@org.springframework.modulith.NamedInterface("api")
@Service
public class EventEditing {

    /** What an import did with a row. */
    public enum Outcome { CREATED, UPDATED }

    static final String RECORD = "learning_event";

    private final LearningEvents events;
    private final EventValidation validation;
    private final LearningPermissions permissions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher publisher;

    EventEditing(LearningEvents events, EventValidation validation, LearningPermissions permissions, AuditTrail audit,
            ApplicationEventPublisher publisher) {
        this.events = events;
        this.validation = validation;
        this.permissions = permissions;
        this.audit = audit;
        this.publisher = publisher;
    }

    @Transactional(noRollbackFor = InvalidEntryException.class)
    public long create(EventDraft draft, Editor editor) {
        if (!permissions.mayCreateEvents(editor)) {
            throw new AccessDeniedException("Editor " + editor.username() + " may not create events");
        }
        ResolvedEvent resolved = validation.check(draft);
        List<FieldError> errors = new ArrayList<>();
        if (events.findByExternalId(resolved.externalId()).isPresent()) {
            errors.add(FieldError.of("external_id", "learning.error.duplicateExternalId", resolved.externalId()));
        }
        if (!editor.isAdministrator() && !resolved.organiserIds().contains(editor.organisationId())) {
            errors.add(FieldError.of("organisers", "learning.error.ownNetwork"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        long id = events.insert(resolved, editor.username());
        record(id, "created", editor.username());
        return id;
    }

    @Transactional(noRollbackFor = InvalidEntryException.class)
    public void update(long id, int expectedVersion, EventDraft draft, Editor editor) {
        LearningEvent current = events.find(id).orElseThrow(() -> new RecordNotFoundException("event", id));
        if (!permissions.mayRunEvent(editor, current)) {
            throw new AccessDeniedException("Editor " + editor.username() + " may not change event " + id);
        }
        ResolvedEvent resolved = validation.check(draft);
        events.findByExternalId(resolved.externalId()).filter(other -> other.id() != id).ifPresent(other -> {
            throw InvalidEntryException.of("external_id", "learning.error.duplicateExternalId", resolved.externalId());
        });
        if (!events.update(id, expectedVersion, resolved, editor.username())) {
            throw new ConcurrentEditException(RECORD, id);
        }
        record(id, "updated", editor.username());
    }

    /** Creates or updates by external id: how imports and the built-in dataset store events. */
    @Transactional(noRollbackFor = InvalidEntryException.class)
    public Outcome upsert(EventDraft draft, String actor) {
        ResolvedEvent resolved = validation.check(draft);
        var existing = events.findByExternalId(resolved.externalId());
        if (existing.isEmpty()) {
            record(events.insert(resolved, actor), "created", actor);
            return Outcome.CREATED;
        }
        if (!events.update(existing.get().id(), existing.get().version(), resolved, actor)) {
            throw new ConcurrentEditException(RECORD, existing.get().id());
        }
        record(existing.get().id(), "updated", actor);
        return Outcome.UPDATED;
    }

    /** Every problem of a draft, saving nothing (dry runs). */
    public List<FieldError> problems(EventDraft draft) {
        try {
            validation.check(draft);
            return List.of();
        } catch (InvalidEntryException e) {
            return e.errors();
        }
    }

    private void record(long id, String action, String actor) {
        audit.record(RECORD, id, action, actor, events.find(id).orElseThrow());
        publisher.publishEvent(new LearningFiguresChanged(RECORD, id));
    }
}
