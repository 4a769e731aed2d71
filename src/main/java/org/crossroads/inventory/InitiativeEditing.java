package org.crossroads.inventory;

import org.crossroads.shared.web.RecordNotFoundException;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crossroads.accounts.Editor;
import org.crossroads.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing and publishing initiatives: validation, access rules, optimistic locking, the
 * audit trail and the {@link InitiativeChanged} event, in one transaction.
 */
@Service
public class InitiativeEditing {

    /** What an import did with a row. */
    public enum Outcome { CREATED, UPDATED }

    private final Initiatives initiatives;
    private final InitiativeValidation validation;
    private final InitiativePermissions permissions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    InitiativeEditing(Initiatives initiatives, InitiativeValidation validation, InitiativePermissions permissions,
            AuditTrail audit, ApplicationEventPublisher events) {
        this.initiatives = initiatives;
        this.validation = validation;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public long create(InitiativeDraft draft, Editor editor) {
        Resolved resolved = validation.check(draft);
        if (initiatives.findByExternalId(resolved.externalId()).isPresent()) {
            throw new InvalidEntryException(java.util.List.of(
                    FieldError.of("external_id", "inventory.error.duplicateExternalId", resolved.externalId())));
        }
        long id = initiatives.insert(resolved, permissions.publicationOfNew(editor), editor.username());
        recordChange(id, "created", editor.username());
        return id;
    }

    @Transactional
    public void update(long id, int expectedVersion, InitiativeDraft draft, Editor editor) {
        Initiative current = initiatives.find(id).orElseThrow(() -> new RecordNotFoundException("initiative", id));
        if (!permissions.mayEdit(editor, current)) {
            throw new AccessDeniedException("Editor " + editor.username() + " may not change initiative " + id);
        }
        Resolved resolved = validation.check(draft);
        initiatives.findByExternalId(resolved.externalId()).filter(other -> other.id() != id).ifPresent(other -> {
            throw new InvalidEntryException(java.util.List.of(
                    FieldError.of("external_id", "inventory.error.duplicateExternalId", resolved.externalId())));
        });
        if (!initiatives.update(id, expectedVersion, resolved, editor.username())) {
            throw new ConcurrentEditException("initiative", id);
        }
        recordChange(id, "updated", editor.username());
    }

    @Transactional
    public void publish(long id, Editor editor) {
        Initiative current = initiatives.find(id).orElseThrow(() -> new RecordNotFoundException("initiative", id));
        if (!permissions.mayPublish(editor, current)) {
            throw new AccessDeniedException("Editor " + editor.username() + " may not publish initiative " + id);
        }
        if (initiatives.publish(id, editor.username())) {
            recordChange(id, "published", editor.username());
        }
    }

    /** Every problem of a draft, without saving anything (dry runs, rows with other errors). */
    public java.util.List<FieldError> problems(InitiativeDraft draft) {
        try {
            validation.check(draft);
            return java.util.List.of();
        } catch (InvalidEntryException e) {
            return e.errors();
        }
    }

    /**
     * For imports: creates the initiative, or updates the one with the same external id. Runs in the
     * caller's transaction so that a failing file leaves nothing behind.
     */
    @Transactional(noRollbackFor = InvalidEntryException.class) // an import reports the row and goes on
    public Outcome upsert(InitiativeDraft draft, String actor, String publication) {
        Resolved resolved = validation.check(draft);
        var existing = initiatives.findByExternalId(resolved.externalId());
        if (existing.isPresent()) {
            Initiative current = existing.get();
            if (!initiatives.update(current.id(), current.version(), resolved, actor)) {
                throw new ConcurrentEditException("initiative", current.id());
            }
            recordChange(current.id(), "imported", actor);
            return Outcome.UPDATED;
        }
        long id = initiatives.insert(resolved, publication, actor);
        recordChange(id, "imported", actor);
        return Outcome.CREATED;
    }

    private void recordChange(long id, String action, String actor) {
        Initiative saved = initiatives.find(id).orElseThrow();
        audit.record("initiative", id, action, actor, snapshot(saved));
        events.publishEvent(new InitiativeChanged(id));
    }

    static Map<String, Object> snapshot(Initiative i) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("external_id", i.externalId());
        s.put("name", i.name());
        s.put("summary", i.summary());
        s.put("activity_type", i.activityType());
        s.put("themes", i.themes());
        s.put("places", i.placeIds());
        s.put("countries", i.countryCodes());
        s.put("network_wide", i.networkWide());
        s.put("networks", i.networkIds());
        s.put("implementers", i.implementerIds());
        s.put("partners", i.partnerIds());
        s.put("donors", i.donorIds());
        s.put("start", i.start() == null ? null : i.start().toString());
        s.put("end", i.end() == null ? null : i.end().toString());
        s.put("status", i.status());
        s.put("links", i.links());
        s.put("gcm_objectives", i.gcmObjectives());
        s.put("gcr_objectives", i.gcrObjectives());
        s.put("sdg_targets", i.sdgTargets());
        s.put("lampedusa_principles", i.lampedusaPrinciples());
        s.put("routes", i.routes());
        s.put("language", i.language());
        s.put("translations", i.translations());
        s.put("publication", i.publication());
        s.put("source", i.source());
        return s;
    }
}
