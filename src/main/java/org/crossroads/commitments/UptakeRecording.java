package org.crossroads.commitments;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.audit.AuditTrail;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording who took up a recommendation. Coordinators and administrators record anyone's uptake (a national
 * government's, a donor's); a focal point records its own city's. Audited as record type {@code uptake}.
 */
@Service
public class UptakeRecording {

    public static final String RECORD = "uptake";

    private final RecommendationStore store;
    private final CommitmentChecks checks;
    private final CommitmentPermissions permissions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    UptakeRecording(RecommendationStore store, CommitmentChecks checks, CommitmentPermissions permissions,
            AuditTrail audit, ApplicationEventPublisher events) {
        this.store = store;
        this.checks = checks;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public long record(long recommendationId, UptakeDraft draft, Editor editor) {
        if (editor.role() == Role.CONTRIBUTOR) {
            throw new AccessDeniedException("Contributors do not record uptakes");
        }
        store.find(recommendationId, "true", Map.of())
                .orElseThrow(() -> new RecordNotFoundException("recommendation", recommendationId));
        Uptake u = checks.uptake(recommendationId, draft);
        inScope(u, editor);
        return insert(u, editor.username());
    }

    /**
     * Changes an uptake (who, when, how, the evidence) if nobody changed it since {@code expectedVersion}; the
     * recommendation it took up stays the same.
     */
    @Transactional
    public void update(long id, int expectedVersion, UptakeDraft draft, Editor editor) {
        Uptake current = editable(id, editor);
        Uptake u = checks.uptake(current.recommendationId(), draft);
        inScope(u, editor);
        if (!store.updateUptake(id, expectedVersion, u, editor.username())) {
            throw new ConcurrentEditException(RECORD, id);
        }
        audit.record(RECORD, id, "updated", editor.username(), snapshot(u));
        events.publishEvent(new CommitmentsChanged("recommendation", u.recommendationId()));
    }

    @Transactional
    public void delete(long id, Editor editor) {
        Uptake current = editable(id, editor);
        audit.record(RECORD, id, "deleted", editor.username(), snapshot(current));
        store.deleteUptake(id);
        events.publishEvent(new CommitmentsChanged("recommendation", current.recommendationId()));
    }

    /**
     * The uptake, if this editor may change it (see {@link #changeableBy}); not found for those who may not even see
     * it.
     */
    public Uptake editable(long id, Editor editor) {
        Uptake u = store.findUptake(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        CommitmentPermissions.Scope scope = permissions.scope(Optional.of(editor));
        if (!permissions.maySee(u, scope)) {
            throw new RecordNotFoundException(RECORD, id);
        }
        if (!changeable(u, editor, scope)) {
            throw new AccessDeniedException("Editor " + editor.username() + " may not change uptake " + id);
        }
        return u;
    }

    /**
     * Which uptakes this reader may change or remove, the reader's scope worked out once (a page lists many):
     * administrators any; focal points and coordinators an uptake of a city or organisation in their scope, or one
     * they recorded; coordinators also one of an actor the directory does not hold (a ministry, a donor), as they
     * record those. Anonymous readers and contributors none.
     */
    public Predicate<Uptake> changeableBy(Optional<Editor> reader) {
        if (reader.isEmpty()) {
            return u -> false;
        }
        CommitmentPermissions.Scope scope = permissions.scope(reader);
        return u -> permissions.maySee(u, scope) && changeable(u, reader.get(), scope);
    }

    private boolean changeable(Uptake u, Editor editor, CommitmentPermissions.Scope scope) {
        if (editor.role() == Role.CONTRIBUTOR) {
            return false;
        }
        boolean noParty = u.placeId() == null && u.organisationId() == null;
        return editor.role() == Role.ADMINISTRATOR || editor.username().equals(u.recordedBy())
                || scope.holds(ids(u.placeId()), ids(u.organisationId()))
                || noParty && permissions.mayEditShared(editor);
    }

    private void inScope(Uptake u, Editor editor) {
        if (!permissions.mayEditShared(editor)
                && !permissions.mayEditFor(ids(u.placeId()), ids(u.organisationId()), editor)) {
            throw new InvalidEntryException(List.of(FieldError.of("city", "commitments.error.partyOutOfScope")));
        }
    }

    /** An uptake of the built-in dataset. */
    @Transactional
    public long recordAs(long recommendationId, UptakeDraft draft, String actor) {
        return insert(checks.uptake(recommendationId, draft), actor);
    }

    private long insert(Uptake u, String actor) {
        long id = store.insertUptake(u, actor);
        audit.record(RECORD, id, "created", actor, snapshot(u));
        events.publishEvent(new CommitmentsChanged("recommendation", u.recommendationId()));
        return id;
    }

    private static Map<String, Object> snapshot(Uptake u) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("recommendation", u.recommendationId());
        s.put("city", u.placeId());
        s.put("organisation", u.organisationId());
        s.put("actor", u.actorName());
        s.put("taken", u.taken().iso());
        s.put("how", u.how());
        s.put("evidence", u.evidence().size());
        s.put("visibility", u.restricted() ? "restricted" : "public");
        return s;
    }

    private static List<Long> ids(Long id) {
        return id == null ? List.of() : List.of(id);
    }

    /** Whether this reader may record an uptake at all (the page offers the form). */
    public boolean mayRecord(Optional<Editor> reader) {
        return reader.map(e -> e.role() != Role.CONTRIBUTOR).orElse(false);
    }
}
