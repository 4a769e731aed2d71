package org.crossroads.library.practices;

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
 * Proposing, changing and publishing practices: every field checked ({@link PracticeChecks}), who may do what
 * ({@link PracticePermissions}), optimistic locking and the audit trail (record type {@code practice}), in one
 * transaction. What a coordinator or administrator writes is published at once; what others write is proposed.
 */
@Service
public class PracticeEditing {

    public static final String RECORD = "practice";

    private final Practices practices;
    private final PracticeChecks checks;
    private final PracticePermissions permissions;
    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    PracticeEditing(Practices practices, PracticeChecks checks, PracticePermissions permissions, AuditTrail audit,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.practices = practices;
        this.checks = checks;
        this.permissions = permissions;
        this.audit = audit;
    }

    /**
     * @return the new practice's id
     * @throws InvalidEntryException naming every bad field
     */
    @Transactional
    public long create(PracticeDraft draft, Editor editor) {
        if (!permissions.mayPropose(editor)) {
            throw new AccessDeniedException("Editor may not propose practices");
        }
        Practice checked = checks.check(draft, null);
        String publication = permissions.mayPublish(editor) ? Practice.PUBLISHED : Practice.PROPOSED;
        String provenance = draft.provenance() == null || draft.provenance().isBlank()
                ? "Written by " + editor.displayName() : draft.provenance().strip();
        long id = practices.insert(with(checked, publication, provenance), null, editor.username());
        record(id, "created", editor.username());
        return id;
    }

    /** @throws ConcurrentEditException when someone saved the practice after {@code expectedVersion} was read */
    @Transactional
    public void update(long id, int expectedVersion, PracticeDraft draft, Editor editor) {
        Practice current = editable(id, editor);
        Practice checked = checks.check(draft, null);
        if (!practices.update(id, expectedVersion, with(checked, current.publication(), current.provenance()),
                editor.username())) {
            throw new ConcurrentEditException(RECORD, id);
        }
        record(id, "updated", editor.username());
    }

    /**
     * Lists a published document in a practice's evidence (the practice it describes), or takes it off, from the
     * document's page: the editor must be allowed to change the practice; audited as a change of the practice.
     */
    @Transactional
    public void linkDocument(long id, long documentId, boolean linked, Editor editor) {
        editable(id, editor);
        if (linked && checks.document(String.valueOf(documentId)).isEmpty()) {
            throw new InvalidEntryException(List.of(FieldError.of("documents", "practices.error.unknownDocument",
                    String.valueOf(documentId))));
        }
        if (practices.linkDocument(id, documentId, linked, editor.username())) {
            record(id, "updated", editor.username());
        }
    }

    /** A coordinator or an administrator publishes a proposal. */
    @Transactional
    public void publish(long id, int expectedVersion, Editor editor) {
        practices.find(id).orElseThrow(() -> new RecordNotFoundException("practice", id));
        if (!permissions.mayPublish(editor)) {
            throw new AccessDeniedException("Only coordinators and administrators publish practices");
        }
        if (!practices.publish(id, expectedVersion, editor.username())) {
            throw new ConcurrentEditException(RECORD, id);
        }
        record(id, "published", editor.username());
    }

    /** Every problem of a draft, saving nothing. */
    public List<FieldError> problems(PracticeDraft draft) {
        try {
            checks.check(draft, null);
            return List.of();
        } catch (InvalidEntryException e) {
            return e.errors();
        }
    }

    /** The practice, when this editor may change it. */
    public Practice editable(long id, Editor editor) {
        Practice p = practices.find(id).orElseThrow(() -> new RecordNotFoundException("practice", id));
        if (!permissions.mayEdit(p, editor)) {
            if (!permissions.maySee(p, java.util.Optional.of(editor))) {
                throw new RecordNotFoundException("practice", id);
            }
            throw new AccessDeniedException("Editor " + editor.username() + " may not change practice " + id);
        }
        return p;
    }

    private void record(long id, String action, String actor) {
        audit.record(RECORD, id, action, actor, snapshot(practices.find(id).orElseThrow()));
        events.publishEvent(new PracticesChanged(id));
    }

    static Practice with(Practice p, String publication, String provenance) {
        return new Practice(p.id(), p.externalId(), p.language(), p.title(), p.translations(), p.variantNames(), p.placeId(),
                p.furtherPlaceIds(), p.countryCodes(), p.themes(), p.sizeClass(), p.routeRole(), p.sections(), p.contacts(),
                p.sources(), p.initiativeIds(), p.eventIds(), p.documentIds(), p.transfers(), publication, provenance,
                p.createdBy(), p.createdAt(), p.updatedBy(), p.updatedAt(), p.version(), p.dataValues());
    }

    static Map<String, Object> snapshot(Practice p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("language", p.language());
        s.put("title", p.title());
        s.put("translations", p.translations());
        s.put("variant_names", p.variantNames());
        s.put("city", p.placeId());
        s.put("further_cities", p.furtherPlaceIds());
        s.put("countries", p.countryCodes());
        s.put("themes", p.themes());
        s.put("size_class", p.sizeClass());
        s.put("route_role", p.routeRole());
        Practice.SECTIONS.forEach(n -> s.put(n, p.sections().get(n)));
        s.put("contacts", p.contacts().stream().map(c -> c.office() + (c.consent() ? " (consent)" : "")).toList());
        s.put("sources", p.sources().stream().map(Practice.Source::citation).toList());
        s.put("initiatives", p.initiativeIds());
        s.put("events", p.eventIds());
        s.put("documents", p.documentIds());
        s.put("data_values", p.dataValues().stream().map(v -> v.indicator() + " " + v.placeId() + " " + v.year()).toList());
        s.put("transfers", p.transfers().stream().map(t -> t.toPlaceId() + (t.year() == null ? "" : " " + t.year())).toList());
        s.put("publication", p.publication());
        s.put("provenance", p.provenance());
        return s;
    }
}
