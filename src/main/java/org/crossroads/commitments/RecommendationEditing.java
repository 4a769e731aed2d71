package org.crossroads.commitments;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crossroads.accounts.Editor;
import org.crossroads.audit.AuditTrail;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording the recommendations of a report or an event, and changing them: coordinators and administrators, audited
 * as record type {@code recommendation}.
 */
@Service
public class RecommendationEditing {

    public static final String RECORD = "recommendation";

    private final RecommendationStore store;
    private final CommitmentChecks checks;
    private final CommitmentPermissions permissions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    RecommendationEditing(RecommendationStore store, CommitmentChecks checks, CommitmentPermissions permissions,
            AuditTrail audit, ApplicationEventPublisher events) {
        this.store = store;
        this.checks = checks;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
    }

    /** @throws org.crossroads.shared.validation.InvalidEntryException naming every bad field */
    @Transactional
    public long create(RecommendationDraft draft, Editor editor) {
        requireWriter(editor);
        long id = store.insert(checks.recommendation(draft, 0, 0), editor.username());
        record(id, "created", editor.username());
        return id;
    }

    @Transactional
    public void update(long id, int expectedVersion, RecommendationDraft draft, Editor editor) {
        Recommendation current = editable(id, editor);
        Recommendation changed = checks.recommendation(draft, id, expectedVersion);
        Recommendation kept = new Recommendation(id, current.externalId(), changed.documentId(), changed.eventId(),
                changed.section(), changed.number(), changed.language(), changed.text(), changed.translations(),
                changed.addressees(), changed.themes(), changed.source() == null ? current.source() : changed.source(), 0,
                expectedVersion);
        if (!store.update(id, expectedVersion, kept, editor.username())) {
            throw new ConcurrentEditException(RECORD, id);
        }
        record(id, "updated", editor.username());
    }

    public Recommendation editable(long id, Editor editor) {
        requireWriter(editor);
        return store.find(id, "true", Map.of()).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
    }

    private void requireWriter(Editor editor) {
        if (!permissions.mayEditShared(editor)) {
            throw new AccessDeniedException("Only coordinators and administrators write recommendations");
        }
    }

    private void record(long id, String action, String actor) {
        Recommendation r = store.find(id, "true", Map.of()).orElseThrow();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("document", r.documentId());
        s.put("event", r.eventId());
        s.put("section", r.section());
        s.put("number", r.number());
        s.put("language", r.language());
        s.put("text", r.text());
        s.put("translations", r.translations());
        s.put("addressees", r.addressees());
        s.put("themes", r.themes());
        audit.record(RECORD, id, action, actor, s);
        events.publishEvent(new CommitmentsChanged(RECORD, id));
    }
}
