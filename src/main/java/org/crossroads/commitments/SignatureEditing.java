package org.crossroads.commitments;

import org.crossroads.shared.web.RecordNotFoundException;
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

/** Recording who signed a framework: checked, in the editor's scope, once per signatory, audited ({@code signature}). */
@Service
public class SignatureEditing {

    public static final String RECORD = "signature";

    private final SignatureStore store;
    private final CommitmentChecks checks;
    private final CommitmentPermissions permissions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    SignatureEditing(SignatureStore store, CommitmentChecks checks, CommitmentPermissions permissions, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.store = store;
        this.checks = checks;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public long create(SignatureDraft draft, Editor editor) {
        Signature s = checks.signature(draft);
        if (!permissions.mayEditFor(ids(s.placeId()), ids(s.organisationId()), editor)) {
            throw new InvalidEntryException(List.of(FieldError.of("city", "commitments.error.partyOutOfScope")));
        }
        return insert(s, editor.username());
    }

    /** Every problem of a draft's fields, saving nothing. */
    public List<FieldError> problems(SignatureDraft draft) {
        try {
            checks.signature(draft);
            return List.of();
        } catch (InvalidEntryException e) {
            return e.errors();
        }
    }

    /** A signature of the built-in dataset or of an import already checked for its editor. */
    @Transactional
    public long createAs(SignatureDraft draft, String actor) {
        return insert(checks.signature(draft), actor);
    }

    @Transactional
    public void update(long id, int expectedVersion, SignatureDraft draft, Editor editor) {
        Signature current = editable(id, editor);
        Signature s = checks.signature(draft);
        if (s.frameworkId() != current.frameworkId()
                || !permissions.mayEditFor(ids(s.placeId()), ids(s.organisationId()), editor)) {
            throw new InvalidEntryException(List.of(FieldError.of("city", "commitments.error.partyOutOfScope")));
        }
        duplicate(s, id);
        if (!store.update(id, expectedVersion, s, editor.username())) {
            throw new ConcurrentEditException(RECORD, id);
        }
        record(id, "updated", editor.username());
    }

    @Transactional
    public void delete(long id, Editor editor) {
        editable(id, editor);
        record(id, "deleted", editor.username());
        store.delete(id);
    }

    public Signature editable(long id, Editor editor) {
        Signature s = store.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        if (!permissions.mayEditFor(ids(s.placeId()), ids(s.organisationId()), editor)) {
            if (!permissions.maySee(s, permissions.scope(Optional.of(editor)))) {
                throw new RecordNotFoundException(RECORD, id);
            }
            throw new AccessDeniedException("Editor " + editor.username() + " may not change signature " + id);
        }
        return s;
    }

    private long insert(Signature s, String actor) {
        duplicate(s, null);
        long id = store.insert(s, actor);
        record(id, "created", actor);
        return id;
    }

    private void duplicate(Signature s, Long except) {
        Optional<Long> existing = store.idOf(s.frameworkId(), s.placeId(), s.organisationId());
        if (existing.isPresent() && !existing.get().equals(except)) {
            throw new InvalidEntryException(List.of(FieldError.of(s.placeId() != null ? "city" : "organisation",
                    "commitments.error.alreadySigned")));
        }
    }

    private void record(long id, String action, String actor) {
        Signature s = store.find(id).orElseThrow();
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("framework", s.frameworkId());
        snapshot.put("city", s.placeId());
        snapshot.put("organisation", s.organisationId());
        snapshot.put("kind", s.kind());
        snapshot.put("on_behalf_of_members", s.onBehalfOfMembers());
        snapshot.put("signed", s.signed() == null ? null : s.signed().iso());
        snapshot.put("office", s.office());
        snapshot.put("visibility", s.restricted() ? "restricted" : "public");
        audit.record(RECORD, id, action, actor, snapshot);
        events.publishEvent(new CommitmentsChanged(RECORD, s.frameworkId()));
    }

    private static List<Long> ids(Long id) {
        return id == null ? List.of() : List.of(id);
    }
}
