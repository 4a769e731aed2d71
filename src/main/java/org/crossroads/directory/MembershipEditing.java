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
 * Adds, changes and removes memberships of cities in organisations. One membership per organisation,
 * city and role: adding it again updates its period and source. Actor-named methods are for imports.
 */
@Service
public class MembershipEditing {

    static final String RECORD = "membership";

    private final Memberships memberships;
    private final DirectoryValidation validation;
    private final DirectoryPermissions permissions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    MembershipEditing(Memberships memberships, DirectoryValidation validation, DirectoryPermissions permissions,
            AuditTrail audit, ApplicationEventPublisher events) {
        this.memberships = memberships;
        this.validation = validation;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
    }

    /** A coordinator adds a member city to its organisation (or an administrator to any). */
    @Transactional
    public Saved add(MembershipDraft draft, Editor editor) {
        Checked checked = check(draft);
        if (!permissions.mayChangeMembershipsOf(editor, checked.organisationId())) {
            throw new AccessDeniedException(editor.username() + " may not change the members of " + checked.organisationId());
        }
        return save(checked, editor.username());
    }

    @Transactional
    public void remove(long membershipId, Editor editor) {
        Membership membership = memberships.find(membershipId)
                .orElseThrow(() -> new RecordNotFoundException(RECORD, membershipId));
        if (!permissions.mayChangeMembershipsOf(editor, membership.organisationId())) {
            throw new AccessDeniedException(editor.username() + " may not change the members of " + membership.organisationId());
        }
        if (memberships.delete(membershipId)) {
            audit.record(RECORD, membershipId, "removed", editor.username(), snapshot(membership));
            events.publishEvent(new MembershipChanged(membership.organisationId(), membership.placeId()));
        }
    }

    /** For imports: adds the membership, or updates the one with the same organisation, city and role. */
    @Transactional(noRollbackFor = InvalidEntryException.class) // an import reports the row and goes on
    public Saved upsert(MembershipDraft draft, String actor) {
        return save(check(draft), actor);
    }

    private Saved save(Checked c, String actor) {
        var existing = memberships.findByKey(c.organisationId(), c.placeId(), c.role());
        if (existing.isPresent()) {
            Membership current = existing.get();
            if (!memberships.update(current.id(), current.version(), c.draft().since(), c.draft().until(), c.source(), actor)) {
                throw new ConcurrentEditException(RECORD, current.id());
            }
            record(current.id(), "updated", actor);
            return new Saved(current.id(), false);
        }
        long id = memberships.insert(c.organisationId(), c.placeId(), c.role(), c.draft().since(), c.draft().until(),
                c.source(), actor);
        record(id, "created", actor);
        return new Saved(id, true);
    }

    /** The errors the draft would be rejected for, without saving anything (for forms and dry runs). */
    public List<FieldError> problems(MembershipDraft draft) {
        try {
            check(draft);
            return List.of();
        } catch (InvalidEntryException e) {
            return e.errors();
        }
    }

    private Checked check(MembershipDraft draft) {
        var check = validation.check();
        Organisation organisation = check.organisation("organisation", draft.organisation());
        Place place = check.place("place", draft.place(), true);
        String role = draft.role() == null || draft.role().isBlank() ? "member"
                : check.code(Vocabularies.MEMBERSHIP_ROLE, "role", draft.role(), true);
        check.period(draft.since(), draft.until());
        String source = check.text("source", draft.source(), DirectoryValidation.MAX_SOURCE, true);
        check.complete();
        return new Checked(organisation.id(), place.id(), role, source, draft);
    }

    private record Checked(long organisationId, long placeId, String role, String source, MembershipDraft draft) {
    }

    private void record(long id, String action, String actor) {
        Membership membership = memberships.find(id).orElseThrow();
        audit.record(RECORD, id, action, actor, snapshot(membership));
        events.publishEvent(new MembershipChanged(membership.organisationId(), membership.placeId()));
    }

    static Map<String, Object> snapshot(Membership m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("organisation", m.organisationId());
        s.put("place", m.placeId());
        s.put("role", m.role());
        s.put("since", m.since() == null ? null : m.since().toString());
        s.put("until", m.until() == null ? null : m.until().toString());
        s.put("source", m.source());
        s.put("version", m.version());
        return s;
    }
}
