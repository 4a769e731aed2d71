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
 * Stating, changing and withdrawing a city's offers: the same rules as {@link NeedEditing}, and the evidence
 * checked against the city ({@link EvidenceCheck}).
 */
@Service
public class OfferEditing {

    static final String RECORD = "offer_statement";

    private final OfferStatements offers;
    private final StatementChecks checks;
    private final EvidenceCheck evidence;
    private final StatementAccess access;
    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    OfferEditing(OfferStatements offers, StatementChecks checks, EvidenceCheck evidence, StatementAccess access,
            AuditTrail audit,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.offers = offers;
        this.checks = checks;
        this.evidence = evidence;
        this.access = access;
        this.audit = audit;
    }

    /**
     * @throws InvalidEntryException naming every bad field
     * @throws AccessDeniedException when the editor may not state offers for this city
     */
    @Transactional
    public long create(long placeId, OfferDraft draft, Editor editor) {
        requireScope(editor, placeId);
        Offer offer = check(placeId, draft);
        long id = offers.insert(placeId, offer, editor.username());
        record(id, "created", editor.username());
        return id;
    }

    /** @throws ConcurrentEditException when someone saved the offer after {@code expectedVersion} was read */
    @Transactional
    public void update(long id, int expectedVersion, OfferDraft draft, Editor editor) {
        Offer current = offers.find(id).orElseThrow(() -> new RecordNotFoundException("offer", id));
        requireScope(editor, current.placeId());
        Offer changed = check(current.placeId(), draft);
        if (!offers.update(id, expectedVersion, changed, editor.username())) {
            throw new ConcurrentEditException(RECORD, id);
        }
        record(id, "updated", editor.username());
    }

    /** Withdraws the offer, or makes it available again. */
    @Transactional
    public void changeStatus(long id, int expectedVersion, String status, Editor editor) {
        Offer current = offers.find(id).orElseThrow(() -> new RecordNotFoundException("offer", id));
        requireScope(editor, current.placeId());
        if (status == null || !Offer.STATUSES.contains(status.strip())) {
            throw InvalidEntryException.of("status", "needs.error.status", status == null ? "" : status.strip(),
                    String.join(", ", Offer.STATUSES));
        }
        if (!offers.changeStatus(id, expectedVersion, status.strip(), editor.username())) {
            throw new ConcurrentEditException(RECORD, id);
        }
        record(id, "status_changed", editor.username());
    }

    /** Every problem of a draft, saving nothing. */
    public List<FieldError> problems(long placeId, OfferDraft draft) {
        try {
            check(placeId, draft);
            return List.of();
        } catch (InvalidEntryException e) {
            return e.errors();
        }
    }

    private Offer check(long placeId, OfferDraft d) {
        List<FieldError> errors = new ArrayList<>();
        StatementText text = checks.text(errors, d.language(), d.title(), d.description(), d.translations());
        List<String> themes = checks.codes(errors, "themes", Vocabularies.THEME, d.themes(), true);
        List<String> activityTypes = checks.codes(errors, "activity_types", Vocabularies.ACTIVITY_TYPE, d.activityTypes(), false);
        List<String> languages = checks.languages(errors, "languages", d.languages());
        Evidence checked = evidence.check(errors, placeId, d.evidence());
        Visibility visibility = checks.visibility(errors, d.visibility());
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        return new Offer(0, placeId, text, themes, activityTypes, languages, checked, d.contactConsent(), Offer.AVAILABLE,
                visibility, null, null, null, null, 0);
    }

    private void requireScope(Editor editor, long placeId) {
        if (!access.mayState(editor, placeId)) {
            throw new AccessDeniedException("Editor " + editor.username() + " may not state offers for place " + placeId);
        }
    }

    private void record(long id, String action, String actor) {
        audit.record(RECORD, id, action, actor, snapshot(offers.find(id).orElseThrow()));
        events.publishEvent(new NeedsAndOffersChanged(RECORD, id));
    }

    static Map<String, Object> snapshot(Offer o) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("city", o.placeId());
        s.put("language", o.text().language());
        s.put("title", o.text().title());
        s.put("description", o.text().description());
        s.put("translations", o.text().translations());
        s.put("themes", o.themes());
        s.put("activity_types", o.activityTypes());
        s.put("languages", o.languages());
        s.put("initiatives", o.evidence().initiativeIds());
        s.put("outcomes", o.evidence().outcomeIds());
        s.put("indicators", o.evidence().indicatorIds());
        s.put("contact_consent", o.contactConsent());
        s.put("status", o.status());
        s.put("visibility", o.visibility().code());
        return s;
    }
}
