package org.crossroads.servicepoints;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossroads.accounts.Editor;
import org.crossroads.audit.AuditTrail;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding, changing and publishing service points: validation of every field, the access rules of
 * {@link ServicePointPermissions}, optimistic locking and the audit trail, in one transaction.
 */
@Service
public class ServicePointEditing {

    /** What an import did with a row. */
    public enum Outcome { CREATED, UPDATED }

    static final String RECORD = "service_point";

    private final ServicePoints points;
    private final ServicePointValidation validation;
    private final ServicePointPermissions permissions;
    private final AuditTrail audit;

    ServicePointEditing(ServicePoints points, ServicePointValidation validation, ServicePointPermissions permissions,
            AuditTrail audit) {
        this.points = points;
        this.validation = validation;
        this.permissions = permissions;
        this.audit = audit;
    }

    /**
     * @throws InvalidEntryException naming every bad field
     * @throws AccessDeniedException when the editor may not add a point in that city
     */
    @Transactional(noRollbackFor = InvalidEntryException.class)
    public long create(ServicePointDraft draft, Editor editor) {
        ResolvedServicePoint resolved = validation.check(draft);
        if (!permissions.mayAdd(editor, resolved.place().id())) {
            throw new AccessDeniedException("Editor " + editor.username() + " may not add service points in place "
                    + resolved.place().id());
        }
        if (points.findByExternalId(resolved.externalId()).isPresent()) {
            throw InvalidEntryException.of("external_id", "servicepoints.error.duplicateExternalId", resolved.externalId());
        }
        long id = points.insert(resolved, permissions.publicationOfNew(editor), editor.username());
        record(id, "created", editor.username());
        return id;
    }

    /**
     * @throws ConcurrentEditException when someone saved the point after {@code expectedVersion} was read
     */
    @Transactional(noRollbackFor = InvalidEntryException.class)
    public void update(long id, int expectedVersion, ServicePointDraft draft, Editor editor) {
        ServicePoint current = points.find(id).orElseThrow(() -> new RecordNotFoundException("service point", id));
        if (!permissions.mayEdit(editor, current)) {
            throw new AccessDeniedException("Editor " + editor.username() + " may not change service point " + id);
        }
        ResolvedServicePoint resolved = validation.check(draft);
        if (resolved.place().id() != current.placeId() && !permissions.mayAdd(editor, resolved.place().id())) {
            throw new AccessDeniedException("Editor " + editor.username() + " may not move service point " + id);
        }
        points.findByExternalId(resolved.externalId()).filter(other -> other.id() != id).ifPresent(other -> {
            throw InvalidEntryException.of("external_id", "servicepoints.error.duplicateExternalId", resolved.externalId());
        });
        if (!points.update(id, expectedVersion, resolved, editor.username())) {
            throw new ConcurrentEditException(RECORD, id);
        }
        record(id, "updated", editor.username());
    }

    @Transactional
    public void publish(long id, Editor editor) {
        ServicePoint current = points.find(id).orElseThrow(() -> new RecordNotFoundException("service point", id));
        if (!permissions.mayPublish(editor, current.placeId())) {
            throw new AccessDeniedException("Editor " + editor.username() + " may not publish service point " + id);
        }
        if (points.publish(id, editor.username())) {
            record(id, "published", editor.username());
        }
    }

    /**
     * Creates the point, or updates the one with the same external id: how imports store rows. Runs in the
     * caller's transaction so that a failing file leaves nothing behind. Access problems are field errors
     * here (on {@code city} or {@code external_id}), so that an import report names the row.
     */
    @Transactional(noRollbackFor = InvalidEntryException.class)
    public Outcome upsert(ServicePointDraft draft, Editor editor) {
        ResolvedServicePoint resolved = validation.check(draft);
        long placeId = resolved.place().id();
        var existing = points.findByExternalId(resolved.externalId());
        if (existing.isPresent()) {
            ServicePoint current = existing.get();
            if (!permissions.mayEdit(editor, current)) {
                throw InvalidEntryException.of("external_id", "servicepoints.error.mayNotChange", resolved.externalId());
            }
            if (placeId != current.placeId() && !permissions.mayAdd(editor, placeId)) {
                throw InvalidEntryException.of("city", "servicepoints.error.notYourCity", resolved.place().name());
            }
            if (!points.update(current.id(), current.version(), resolved, editor.username())) {
                throw new ConcurrentEditException(RECORD, current.id());
            }
            record(current.id(), "imported", editor.username());
            return Outcome.UPDATED;
        }
        if (!permissions.mayAdd(editor, placeId)) {
            throw InvalidEntryException.of("city", "servicepoints.error.notYourCity", resolved.place().name());
        }
        long id = points.insert(resolved, permissions.publicationOfNew(editor), editor.username());
        record(id, "imported", editor.username());
        return Outcome.CREATED;
    }

    /** Every problem of a draft, saving nothing (dry runs, rows with other errors). */
    public List<FieldError> problems(ServicePointDraft draft) {
        try {
            validation.check(draft);
            return List.of();
        } catch (InvalidEntryException e) {
            return e.errors();
        }
    }

    private void record(long id, String action, String actor) {
        audit.record(RECORD, id, action, actor, snapshot(points.find(id).orElseThrow()));
    }

    static Map<String, Object> snapshot(ServicePoint p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("external_id", p.externalId());
        s.put("city", p.placeId());
        s.put("name", p.name());
        s.put("kind", p.kind());
        s.put("address", p.address());
        s.put("latitude", p.latitude());
        s.put("longitude", p.longitude());
        s.put("operator", p.operatorId());
        s.put("languages", p.languages());
        s.put("opening_hours", p.openingHours());
        s.put("phone", p.phone());
        s.put("website", p.website());
        s.put("description", p.description());
        s.put("source", p.source());
        s.put("publication", p.publication());
        return s;
    }
}
