package org.crossroads.network.needs;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossroads.accounts.Editor;
import org.crossroads.audit.AuditTrail;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stating, changing and closing a city's needs: validation of every field, the scope of {@link StatementAccess},
 * optimistic locking and the audit trail, in one transaction.
 */
@Service
public class NeedEditing {

    static final String RECORD = "need_statement";

    private final NeedStatements needs;
    private final StatementChecks checks;
    private final StatementAccess access;
    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    NeedEditing(NeedStatements needs, StatementChecks checks, StatementAccess access, AuditTrail audit,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.needs = needs;
        this.checks = checks;
        this.access = access;
        this.audit = audit;
    }

    /**
     * @throws InvalidEntryException naming every bad field
     * @throws AccessDeniedException when the editor may not state needs for this city
     */
    @Transactional
    public long create(long placeId, NeedDraft draft, Editor editor) {
        requireScope(editor, placeId);
        Need need = check(placeId, draft);
        long id = needs.insert(placeId, need, editor.username());
        record(id, "created", editor.username());
        return id;
    }

    /** @throws ConcurrentEditException when someone saved the need after {@code expectedVersion} was read */
    @Transactional
    public void update(long id, int expectedVersion, NeedDraft draft, Editor editor) {
        Need current = needs.find(id).orElseThrow(() -> new RecordNotFoundException("need", id));
        requireScope(editor, current.placeId());
        Need changed = check(current.placeId(), draft);
        if (!needs.update(id, expectedVersion, changed, editor.username())) {
            throw new ConcurrentEditException(RECORD, id);
        }
        record(id, "updated", editor.username());
    }

    /** Marks the need met or withdrawn, or opens it again. */
    @Transactional
    public void changeStatus(long id, int expectedVersion, String status, Editor editor) {
        Need current = needs.find(id).orElseThrow(() -> new RecordNotFoundException("need", id));
        requireScope(editor, current.placeId());
        if (status == null || !Need.STATUSES.contains(status.strip())) {
            throw InvalidEntryException.of("status", "needs.error.status", status == null ? "" : status.strip(),
                    String.join(", ", Need.STATUSES));
        }
        if (!needs.changeStatus(id, expectedVersion, status.strip(), editor.username())) {
            throw new ConcurrentEditException(RECORD, id);
        }
        record(id, "status_changed", editor.username());
    }

    /** Every problem of a draft, saving nothing. */
    public List<FieldError> problems(long placeId, NeedDraft draft) {
        try {
            check(placeId, draft);
            return List.of();
        } catch (InvalidEntryException e) {
            return e.errors();
        }
    }

    private Need check(long placeId, NeedDraft d) {
        List<FieldError> errors = new ArrayList<>();
        StatementText text = checks.text(errors, d.language(), d.title(), d.description(), d.translations());
        List<String> themes = checks.codes(errors, "themes", Vocabularies.THEME, d.themes(), true);
        List<String> activityTypes = checks.codes(errors, "activity_types", Vocabularies.ACTIVITY_TYPE, d.activityTypes(), false);
        List<String> languages = checks.languages(errors, "preferred_languages", d.preferredLanguages());
        NeedConstraints c = d.constraints();
        if (c.withinKm() != null && (c.withinKm() < 1 || c.withinKm() > NeedConstraints.MAX_KM)) {
            errors.add(FieldError.of("within_km", "needs.error.range", c.withinKm(), 1, NeedConstraints.MAX_KM));
        }
        if (c.maxLanguageDistance() != null) {
            if (c.maxLanguageDistance() < 0 || c.maxLanguageDistance() > 1) {
                errors.add(FieldError.of("max_language_distance", "needs.error.range", c.maxLanguageDistance(), 0, 1));
            } else if (languages.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("preferred_languages"))) {
                // a language constraint is measured from the preferred languages: without them it says nothing
                errors.add(FieldError.of("max_language_distance", "needs.error.languageConstraintWithoutLanguages"));
            }
        }
        Visibility visibility = checks.visibility(errors, d.visibility());
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        return new Need(0, placeId, text, themes, activityTypes, languages, c, Need.OPEN, visibility, null, null, null,
                null, 0);
    }

    private void requireScope(Editor editor, long placeId) {
        if (!access.mayState(editor, placeId)) {
            throw new AccessDeniedException("Editor " + editor.username() + " may not state needs for place " + placeId);
        }
    }

    private void record(long id, String action, String actor) {
        audit.record(RECORD, id, action, actor, snapshot(needs.find(id).orElseThrow()));
        events.publishEvent(new NeedsAndOffersChanged(RECORD, id));
    }

    static Map<String, Object> snapshot(Need n) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("city", n.placeId());
        s.put("language", n.text().language());
        s.put("title", n.text().title());
        s.put("description", n.text().description());
        s.put("translations", n.text().translations());
        s.put("themes", n.themes());
        s.put("activity_types", n.activityTypes());
        s.put("preferred_languages", n.preferredLanguages());
        s.put("same_route", n.constraints().sameRoute());
        s.put("south_south", n.constraints().southSouth());
        s.put("similar_size", n.constraints().similarSize());
        s.put("within_km", n.constraints().withinKm());
        s.put("max_language_distance", n.constraints().maxLanguageDistance());
        s.put("status", n.status());
        s.put("visibility", n.visibility().code());
        return s;
    }
}
