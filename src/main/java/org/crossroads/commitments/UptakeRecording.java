package org.crossroads.commitments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.audit.AuditTrail;
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
                .orElseThrow(() -> new CommitmentNotFoundException("recommendation", recommendationId));
        Uptake u = checks.uptake(recommendationId, draft);
        if (!permissions.mayEditShared(editor)
                && !permissions.mayEditFor(ids(u.placeId()), ids(u.organisationId()), editor)) {
            throw new InvalidEntryException(List.of(FieldError.of("city", "commitments.error.partyOutOfScope")));
        }
        return insert(u, editor.username());
    }

    /** An uptake of the built-in dataset. */
    @Transactional
    public long recordAs(long recommendationId, UptakeDraft draft, String actor) {
        return insert(checks.uptake(recommendationId, draft), actor);
    }

    private long insert(Uptake u, String actor) {
        long id = store.insertUptake(u, actor);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("recommendation", u.recommendationId());
        s.put("city", u.placeId());
        s.put("organisation", u.organisationId());
        s.put("actor", u.actorName());
        s.put("taken", u.taken().iso());
        s.put("how", u.how());
        s.put("evidence", u.evidence().size());
        s.put("visibility", u.restricted() ? "restricted" : "public");
        audit.record(RECORD, id, "created", actor, s);
        events.publishEvent(new CommitmentsChanged("recommendation", u.recommendationId()));
        return id;
    }

    private static List<Long> ids(Long id) {
        return id == null ? List.of() : List.of(id);
    }

    /** Whether this reader may record an uptake at all (the page offers the form). */
    public boolean mayRecord(Optional<Editor> reader) {
        return reader.map(e -> e.role() != Role.CONTRIBUTOR).orElse(false);
    }
}
