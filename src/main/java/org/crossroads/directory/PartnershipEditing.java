package org.crossroads.directory;

import org.crossroads.shared.web.RecordNotFoundException;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossroads.accounts.Editor;
import org.crossroads.audit.AuditTrail;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, changes and removes partnerships between cities. One partnership of a kind per pair of cities
 * (in either order): adding it again updates its topics, period and source. Actor-named methods are
 * for imports.
 */
@org.springframework.modulith.NamedInterface("api")
@Service
public class PartnershipEditing {

    static final String RECORD = "partnership";

    private final Partnerships partnerships;
    private final DirectoryValidation validation;
    private final DirectoryPermissions permissions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    PartnershipEditing(Partnerships partnerships, DirectoryValidation validation, DirectoryPermissions permissions,
            AuditTrail audit, ApplicationEventPublisher events) {
        this.partnerships = partnerships;
        this.validation = validation;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
    }

    /** A focal point adds a partnership of its city (or an administrator any). */
    @Transactional
    public Saved add(PartnershipDraft draft, Editor editor) {
        Checked checked = check(draft);
        if (!permissions.mayChangePartnershipsOf(editor, checked.placeA())
                && !permissions.mayChangePartnershipsOf(editor, checked.placeB())) {
            throw new AccessDeniedException(editor.username() + " may not change partnerships of these cities");
        }
        return save(checked, editor.username());
    }

    @Transactional
    public void remove(long partnershipId, Editor editor) {
        Partnership partnership = partnerships.find(partnershipId)
                .orElseThrow(() -> new RecordNotFoundException(RECORD, partnershipId));
        if (!permissions.mayChangePartnershipsOf(editor, partnership.placeA())
                && !permissions.mayChangePartnershipsOf(editor, partnership.placeB())) {
            throw new AccessDeniedException(editor.username() + " may not change partnership " + partnershipId);
        }
        if (partnerships.delete(partnershipId)) {
            audit.record(RECORD, partnershipId, "removed", editor.username(), snapshot(partnership));
            events.publishEvent(new PartnershipChanged(partnership.placeA(), partnership.placeB()));
        }
    }

    /** For imports: adds the partnership, or updates the one of the same kind between the same cities. */
    @Transactional(noRollbackFor = InvalidEntryException.class) // an import reports the row and goes on
    public Saved upsert(PartnershipDraft draft, String actor) {
        return save(check(draft), actor);
    }

    private Saved save(Checked c, String actor) {
        PartnershipDraft d = c.draft();
        var existing = partnerships.findByKey(c.placeA(), c.placeB(), c.kind());
        if (existing.isPresent()) {
            Partnership current = existing.get();
            if (!partnerships.update(current.id(), current.version(), c.topics(), d.since(), d.until(), c.source(), actor)) {
                throw new ConcurrentEditException(RECORD, current.id());
            }
            record(current.id(), "updated", actor);
            return new Saved(current.id(), false);
        }
        long id = partnerships.insert(c.placeA(), c.placeB(), c.kind(), c.topics(), d.since(), d.until(), c.source(), actor);
        record(id, "created", actor);
        return new Saved(id, true);
    }

    /** The errors the draft would be rejected for, without saving anything (for forms and dry runs). */
    public List<FieldError> problems(PartnershipDraft draft) {
        try {
            check(draft);
            return List.of();
        } catch (InvalidEntryException e) {
            return e.errors();
        }
    }

    private Checked check(PartnershipDraft draft) {
        var check = validation.check();
        Place a = check.place("place_a", draft.placeA(), true);
        Place b = check.place("place_b", draft.placeB(), true);
        if (a != null && b != null && a.id() == b.id()) {
            check.reject("place_b", "directory.error.samePlace", draft.placeB().strip());
        }
        String kind = check.code(Vocabularies.PARTNERSHIP_KIND, "kind", draft.kind(), true);
        List<String> topics = check.codes(Vocabularies.THEME, "topics", draft.topics());
        check.period(draft.since(), draft.until());
        String source = check.text("source", draft.source(), DirectoryValidation.MAX_SOURCE, true);
        check.complete();
        return new Checked(a.id(), b.id(), kind, topics, source, draft);
    }

    private record Checked(long placeA, long placeB, String kind, List<String> topics, String source,
            PartnershipDraft draft) {
    }

    private void record(long id, String action, String actor) {
        Partnership partnership = partnerships.find(id).orElseThrow();
        audit.record(RECORD, id, action, actor, snapshot(partnership));
        events.publishEvent(new PartnershipChanged(partnership.placeA(), partnership.placeB()));
    }

    static Map<String, Object> snapshot(Partnership p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("place_a", p.placeA());
        s.put("place_b", p.placeB());
        s.put("kind", p.kind());
        s.put("topics", p.topics());
        s.put("since", p.since() == null ? null : p.since().toString());
        s.put("until", p.until() == null ? null : p.until().toString());
        s.put("source", p.source());
        s.put("version", p.version());
        return s;
    }
}
