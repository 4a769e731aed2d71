package org.crossroads.learning.outcomes;

import org.crossroads.shared.web.RecordNotFoundException;
import org.crossroads.learning.LearningFiguresChanged;
import org.crossroads.learning.Texts;
import org.crossroads.learning.LearningVocabularies;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.learning.LearningPermissions;
import org.crossroads.learning.capabilities.CapabilityLevelCount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.audit.AuditTrail;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.directory.ResultPage;
import org.crossroads.shared.search.FacetSql;
import org.crossroads.shared.search.UnderstoodQuery;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outcome harvesting: statements of who changed what, drafted by any editor (or from a follow-up survey
 * answer), substantiated by a peer or third party who did not write them, validated or rejected by a
 * coordinator of the outcome's network (or an administrator), who may later correct a validated statement
 * (a new version, the previous one kept in its history), withdraw it with a reason, and restore a withdrawn one
 * with a reason. Every change is audited.
 *
 * <p>Reads apply who may see what — the public sees validated statements only, a signed-in editor also
 * the drafts (to substantiate them), their own statements and those of the network they coordinate — and
 * the {@link ChathamHouseRule}. Methods without a viewer read for the signed-in editor of the current
 * request, if any. Counts show no content and cover every status unless the filter names one.
 */
@org.springframework.modulith.NamedInterface("api")
@Service
public class OutcomeHarvest {

    static final String RECORD = "outcome_statement";
    /** pg_trgm similarity from which a statement of the same city is shown as a possible duplicate. */
    static final double SIMILARITY = 0.3;
    private static final int MAX_LIST = 5000;

    private final OutcomeStatements statements;
    private final OutcomeValidation validation;
    private final LearningPermissions permissions;
    private final ChathamHouseRule chathamHouse;
    private final LearningEvents events;
    private final Places places;
    private final Vocabularies vocabularies;
    private final CurrentEditor currentEditor;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final ApplicationEventPublisher publisher;

    OutcomeHarvest(OutcomeStatements statements, OutcomeValidation validation, LearningPermissions permissions,
            ChathamHouseRule chathamHouse, LearningEvents events, Places places, Vocabularies vocabularies,
            CurrentEditor currentEditor, AuditTrail audit, JsonMapper json, ApplicationEventPublisher publisher) {
        this.statements = statements;
        this.validation = validation;
        this.permissions = permissions;
        this.chathamHouse = chathamHouse;
        this.events = events;
        this.places = places;
        this.vocabularies = vocabularies;
        this.currentEditor = currentEditor;
        this.audit = audit;
        this.json = json;
        this.publisher = publisher;
    }

    /** A new draft by any signed-in editor; the network that validates it is the one named, or a linked event's organiser. */
    @Transactional
    public long draft(OutcomeDraft draft, Editor editor) {
        ResolvedOutcome resolved = validation.check(draft, editor);
        long id = statements.insert(resolved, null, editor.username()).orElseThrow();
        record(id, "created", editor.username());
        return id;
    }

    /**
     * A draft from a follow-up survey answer that reports a change, linked to the event and recorded by
     * "follow-up survey"; under the Chatham House rule, because survey answers are confidential. Calling
     * it again for the same answer returns the statement drafted the first time.
     *
     * @param placeId the respondent's city, or null; it names the change agent until a reviewer refines it
     * @param changeType a {@code change_type} code; when the respondent gave none, "practice" until review
     * @param description what changed, as the respondent wrote it (required)
     */
    @Transactional
    public long draftFromFollowUp(long eventId, Long placeId, String changeType, String description,
            long surveyResponseId, String source) {
        Optional<Long> existing = statements.findBySurveyResponse(surveyResponseId);
        if (existing.isPresent()) {
            return existing.get();
        }
        events.find(eventId).orElseThrow(() -> new RecordNotFoundException("event", eventId));
        Optional<Place> place = placeId == null ? Optional.empty() : places.find(placeId);
        if (placeId != null && place.isEmpty()) {
            throw InvalidEntryException.of("city", "learning.error.unknownPlace", placeId);
        }
        String agent = place.map(p -> p.name() + ", " + p.countryCode()).orElse("Follow-up survey respondent");
        OutcomeDraft draft = new OutcomeDraft(agent, changeType == null || changeType.isBlank() ? "practice" : changeType,
                description, null, place.map(Place::reference).orElse(null), null, null, source, null, true,
                List.of(eventId), List.of(), null, null, null, null, List.of());
        ResolvedOutcome resolved = validation.check(draft, null);
        Optional<Long> id = statements.insert(resolved, surveyResponseId, OutcomeStatements.FOLLOW_UP_ACTOR);
        if (id.isEmpty()) {
            // drafted meanwhile by a concurrent call for the same answer
            return statements.findBySurveyResponse(surveyResponseId).orElseThrow();
        }
        record(id.get(), "created", OutcomeStatements.FOLLOW_UP_ACTOR);
        return id.get();
    }

    /**
     * A statement from a source that was reviewed already (the built-in dataset, a published evaluation):
     * stored as validated, substantiated and validated by {@code actor} with the given substantiation.
     */
    @Transactional
    public long recordValidated(OutcomeDraft draft, String substantiation, String actor) {
        ResolvedOutcome resolved = validation.check(draft, null);
        long id = statements.insert(resolved, null, actor).orElseThrow();
        statements.substantiate(id, substantiation, actor);
        statements.validate(id, actor);
        record(id, "created", actor);
        return id;
    }

    /**
     * Changes a draft or substantiated statement: by its author or a coordinator of its network. When the
     * author changes a substantiated statement it goes back to draft, since the substantiation was of the
     * earlier text.
     */
    @Transactional
    public void update(long id, int expectedVersion, OutcomeDraft draft, Editor editor) {
        OutcomeStatement current = stored(id);
        boolean coordinator = permissions.coordinates(editor, current.networkId());
        if (!coordinator && !isAuthor(editor, current)) {
            throw new AccessDeniedException("Editor " + editor.username() + " may not change outcome " + id);
        }
        if (!editable(current)) {
            throw InvalidEntryException.of("status", "outcomes.error.notEditable");
        }
        ResolvedOutcome resolved = validation.check(draft, editor);
        boolean reopen = OutcomeStatement.SUBSTANTIATED.equals(current.status()) && !coordinator;
        if (!statements.update(id, expectedVersion, resolved, reopen, editor.username())) {
            throw new ConcurrentEditException(RECORD, id);
        }
        record(id, reopen ? "updated, back to draft" : "updated", editor.username());
    }

    /** A peer or third party — any signed-in editor but the author — confirms a draft. */
    @Transactional
    public void substantiate(long id, String substantiation, Editor editor) {
        OutcomeStatement current = stored(id);
        if (isAuthor(editor, current)) {
            throw new AccessDeniedException("The author of outcome " + id + " cannot substantiate it");
        }
        if (!OutcomeStatement.DRAFT.equals(current.status())) {
            throw InvalidEntryException.of("status", "outcomes.error.substantiateNotDraft");
        }
        requireText("substantiation", substantiation, 5000);
        if (!statements.substantiate(id, substantiation.strip(), editor.username())) {
            throw InvalidEntryException.of("status", "outcomes.error.substantiateNotDraft");
        }
        record(id, "substantiated", editor.username());
    }

    /** A coordinator of the outcome's network, or an administrator, validates a substantiated statement. */
    @Transactional
    public void validate(long id, Editor editor) {
        OutcomeStatement current = stored(id);
        if (!permissions.coordinates(editor, current.networkId())) {
            throw new AccessDeniedException("Editor " + editor.username() + " does not coordinate the network of outcome " + id);
        }
        if (!statements.validate(id, editor.username())) {
            throw InvalidEntryException.of("status", "outcomes.error.validateNotSubstantiated");
        }
        record(id, "validated", editor.username());
    }

    /** A coordinator of the outcome's network, or an administrator, rejects a draft or substantiated statement, saying why. */
    @Transactional
    public void reject(long id, String reason, Editor editor) {
        OutcomeStatement current = stored(id);
        if (!permissions.coordinates(editor, current.networkId())) {
            throw new AccessDeniedException("Editor " + editor.username() + " does not coordinate the network of outcome " + id);
        }
        if (!editable(current)) {
            throw InvalidEntryException.of("status", "outcomes.error.rejectClosed");
        }
        requireText("reason", reason, 2000);
        if (!statements.reject(id, reason.strip(), editor.username())) {
            throw InvalidEntryException.of("status", "outcomes.error.rejectClosed");
        }
        record(id, "rejected", editor.username());
    }

    /**
     * Corrects a validated statement: a coordinator of its network or an administrator, saying what was
     * corrected. It stays validated; the statement as it was is kept in its history ({@link #history}) and
     * the change is audited.
     */
    @Transactional
    public void correct(long id, int expectedVersion, OutcomeDraft draft, String reason, Editor editor) {
        OutcomeStatement current = stored(id);
        requireCoordinator(editor, current);
        if (!current.isValidated()) {
            throw InvalidEntryException.of("status", "outcomes.error.correctNotValidated");
        }
        requireText("reason", reason, 2000);
        ResolvedOutcome resolved = validation.check(draft, editor);
        if (current.version() != expectedVersion) {
            throw new ConcurrentEditException(RECORD, id);
        }
        statements.addRevision(current, json.writeValueAsString(current), OutcomeRevision.CORRECTED, reason.strip(),
                editor.username());
        if (!statements.correct(id, expectedVersion, resolved, editor.username())) {
            throw new ConcurrentEditException(RECORD, id);
        }
        record(id, "corrected", editor.username());
    }

    /**
     * Withdraws a validated statement, with a reason: it leaves the public list, dashboards, exports and the
     * API, and stays with its history for the coordinators of its network and administrators.
     */
    @Transactional
    public void withdraw(long id, String reason, Editor editor) {
        OutcomeStatement current = stored(id);
        requireCoordinator(editor, current);
        if (!current.isValidated()) {
            throw InvalidEntryException.of("status", "outcomes.error.withdrawNotValidated");
        }
        requireText("reason", reason, 2000);
        statements.addRevision(current, json.writeValueAsString(current), OutcomeRevision.WITHDRAWN, reason.strip(),
                editor.username());
        if (!statements.withdraw(id, editor.username())) {
            throw InvalidEntryException.of("status", "outcomes.error.withdrawNotValidated");
        }
        record(id, "withdrawn", editor.username());
    }

    /**
     * Restores a withdrawn statement, with a reason: a coordinator of its network or an administrator. It returns
     * to the status it had before it was withdrawn (validated) and so to the public list, dashboards, exports and
     * the API; the withdrawal and the restoration both stay in its history ({@link #history}), and it is audited.
     */
    @Transactional
    public void restore(long id, String reason, Editor editor) {
        OutcomeStatement current = stored(id);
        requireCoordinator(editor, current);
        if (!OutcomeStatement.WITHDRAWN.equals(current.status())) {
            throw InvalidEntryException.of("status", "outcomes.error.restoreNotWithdrawn");
        }
        requireText("reason", reason, 2000);
        String before = statements.statusBeforeWithdrawal(id).orElse(OutcomeStatement.VALIDATED);
        statements.addRevision(current, json.writeValueAsString(current), OutcomeRevision.RESTORED, reason.strip(),
                editor.username());
        if (!statements.restore(id, before, editor.username())) {
            throw InvalidEntryException.of("status", "outcomes.error.restoreNotWithdrawn");
        }
        record(id, "restored", editor.username());
    }

    /** The corrections, withdrawals and restorations of a statement, newest first: for the coordinators of its network and administrators. */
    public List<OutcomeRevision> history(long id, Optional<Editor> viewer) {
        OutcomeStatement current = stored(id);
        if (viewer.isEmpty() || !permissions.coordinates(viewer.get(), current.networkId())) {
            return List.of();
        }
        return statements.revisions(id);
    }

    /**
     * Possible duplicates of a draft: statements of the same city with a similar description, that the
     * editor may see, most similar first. Empty when the draft names no known city or has no description.
     *
     * @param exceptId the statement being edited, left out; null for a new draft
     */
    public List<OutcomeStatement> similar(OutcomeDraft draft, Long exceptId, Editor editor) {
        if (draft.city() == null || draft.description() == null || draft.description().isBlank()) {
            return List.of();
        }
        Optional<Editor> viewer = Optional.of(editor);
        return places.resolve(draft.city())
                .map(place -> statements.similar(place.id(), draft.description().strip(), SIMILARITY, visibility(viewer),
                        exceptId, 5))
                .orElse(List.of()).stream().map(o -> chathamHouse.applyTo(o, viewer)).toList();
    }

    /** Every problem of a draft, saving nothing: for forms that found errors of their own first. */
    public List<FieldError> problems(OutcomeDraft draft, Editor editor) {
        try {
            validation.check(draft, editor);
            return List.of();
        } catch (InvalidEntryException e) {
            return e.errors();
        }
    }

    // ---- reads ----

    public Optional<OutcomeStatement> find(long id) {
        return find(id, currentEditor.get());
    }

    public Optional<OutcomeStatement> find(long id, Optional<Editor> viewer) {
        return statements.find(id).filter(o -> mayRead(o, viewer)).map(o -> chathamHouse.applyTo(o, viewer));
    }

    /** The statement as stored, for its edit form: only for its author and the coordinators of its network. */
    public OutcomeStatement forEditing(long id, Editor editor) {
        OutcomeStatement current = stored(id);
        if (!permissions.coordinates(editor, current.networkId()) && !isAuthor(editor, current)) {
            throw new AccessDeniedException("Editor " + editor.username() + " may not change outcome " + id);
        }
        return current;
    }

    /** What this reader may do with the statement now. */
    public OutcomeActions actionsFor(long id, Optional<Editor> viewer) {
        if (viewer.isEmpty()) {
            return OutcomeActions.NONE;
        }
        Editor editor = viewer.get();
        OutcomeStatement o = stored(id);
        boolean coordinator = permissions.coordinates(editor, o.networkId());
        boolean open = editable(o);
        return new OutcomeActions(open && (coordinator || isAuthor(editor, o)),
                OutcomeStatement.DRAFT.equals(o.status()) && !isAuthor(editor, o),
                OutcomeStatement.SUBSTANTIATED.equals(o.status()) && coordinator, open && coordinator,
                o.isValidated() && coordinator, OutcomeStatement.WITHDRAWN.equals(o.status()) && coordinator);
    }

    public ResultPage<OutcomeStatement> search(OutcomeQuery query) {
        return search(query, currentEditor.get());
    }

    public ResultPage<OutcomeStatement> search(OutcomeQuery query, Optional<Editor> viewer) {
        ResultPage<OutcomeStatement> page = statements.search(query, visibility(viewer));
        return new ResultPage<>(page.items().stream().map(o -> chathamHouse.applyTo(o, viewer)).toList(),
                page.total(), page.page(), page.size());
    }

    /** Statements found by the platform's one search with their facet counts (docs/library.md, "One search: facets"). */
    public record Faceted(List<OutcomeStatement> statements, UnderstoodQuery understood, FacetSql.Counted facets) {}

    /**
     * The statements the reader may see matching the words (read in four languages) and the selected values of the
     * facets city, country, network and year, the first {@code size} by relevance, the Chatham House rule applied, with
     * the counts of those facets by the same visibility.
     */
    public Faceted searchFaceted(String q, Map<String, Set<String>> selected, int size, Optional<Editor> viewer) {
        OutcomeStatements.Faceted found = statements.searchFaceted(q, selected, size, visibility(viewer));
        return new Faceted(found.statements().stream().map(o -> chathamHouse.applyTo(o, viewer)).toList(),
                found.understood(), found.facets());
    }

    /** Every match the reader may see, unpaged (at most 5,000, newest first): for exports. */
    public List<OutcomeStatement> all(OutcomeQuery query, Optional<Editor> viewer) {
        return statements.all(query, visibility(viewer), MAX_LIST).stream().map(o -> chathamHouse.applyTo(o, viewer)).toList();
    }

    /** The validated outcomes of a city (where the change happened), newest first: for its dashboard. */
    public List<OutcomeStatement> ofPlace(long placeId) {
        return validated(OutcomeQuery.validated().withPlace(placeId));
    }

    /** The validated outcomes an event contributed to, newest first. */
    public List<OutcomeStatement> ofEvent(long eventId) {
        return validated(OutcomeQuery.validated().withEvent(eventId));
    }

    /** Validated outcomes in other cities that this city inspired or took part in as a peer. */
    public List<OutcomeStatement> inspiredBy(long placeId) {
        Optional<Editor> viewer = currentEditor.get();
        return statements.inspiredBy(placeId).stream().map(o -> chathamHouse.applyTo(o, viewer)).toList();
    }

    /** Per capability and level, the statements tagged with it; capabilities and levels without any are left out. */
    public List<CapabilityLevelCount> countsByCapabilityAndLevel(OutcomeQuery filter) {
        return statements.countsByCapabilityAndLevel(filter);
    }

    /** Per change type (behaviour, relationship, practice, policy, resources), in that order, zeros included. */
    public Map<String, Long> countsByChangeType(OutcomeQuery filter) {
        return ordered(vocabularies.terms(LearningVocabularies.CHANGE_TYPE).stream().map(t -> t.code()).toList(),
                statements.countsBy("change_type", filter));
    }

    /** Per status (draft, substantiated, validated, rejected, withdrawn), in that order, zeros included. */
    public Map<String, Long> countsByStatus(OutcomeQuery filter) {
        return ordered(List.of(OutcomeStatement.DRAFT, OutcomeStatement.SUBSTANTIATED, OutcomeStatement.VALIDATED,
                OutcomeStatement.REJECTED, OutcomeStatement.WITHDRAWN), statements.countsBy("status", filter));
    }

    /** The cities and events of the statements a reader may see, for the filters of the list page. */
    public List<Long> placesWithOutcomes(Optional<Editor> viewer) {
        return statements.placesWithOutcomes(visibility(viewer));
    }

    public List<Long> eventsWithOutcomes(Optional<Editor> viewer) {
        return statements.eventsWithOutcomes(visibility(viewer));
    }

    private List<OutcomeStatement> validated(OutcomeQuery query) {
        Optional<Editor> viewer = currentEditor.get();
        return statements.all(query, OutcomeStatements.Visibility.PUBLIC, MAX_LIST).stream()
                .map(o -> chathamHouse.applyTo(o, viewer)).toList();
    }

    private boolean mayRead(OutcomeStatement o, Optional<Editor> viewer) {
        if (o.isValidated()) {
            return true;
        }
        // signed-in editors see statements under review (so peers can substantiate and follow them); rejected
        // ones stay with their author and the coordinators
        return viewer.map(e -> OutcomeStatement.DRAFT.equals(o.status()) || OutcomeStatement.SUBSTANTIATED.equals(o.status())
                || isAuthor(e, o)
                || permissions.coordinates(e, o.networkId())).orElse(false);
    }

    private OutcomeStatements.Visibility visibility(Optional<Editor> viewer) {
        if (viewer.isEmpty()) {
            return OutcomeStatements.Visibility.PUBLIC;
        }
        Editor e = viewer.get();
        if (e.isAdministrator()) {
            return OutcomeStatements.Visibility.ALL;
        }
        return new OutcomeStatements.Visibility(false, e.username(),
                e.role() == Role.NETWORK_COORDINATOR ? e.organisationId() : null);
    }

    private OutcomeStatement stored(long id) {
        return statements.find(id).orElseThrow(() -> new RecordNotFoundException("outcome statement", id));
    }

    private void requireCoordinator(Editor editor, OutcomeStatement o) {
        if (!permissions.coordinates(editor, o.networkId())) {
            throw new AccessDeniedException("Editor " + editor.username() + " does not coordinate the network of outcome "
                    + o.id());
        }
    }

    private static boolean isAuthor(Editor editor, OutcomeStatement o) {
        return editor.username().equals(o.attribution().createdBy());
    }

    private static boolean editable(OutcomeStatement o) {
        return OutcomeStatement.DRAFT.equals(o.status()) || OutcomeStatement.SUBSTANTIATED.equals(o.status());
    }

    private static void requireText(String field, String value, int maxLength) {
        List<FieldError> errors = new ArrayList<>();
        Texts.check(errors, field, value, true, maxLength);
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
    }

    private static Map<String, Long> ordered(List<String> codes, Map<String, Long> counts) {
        Map<String, Long> result = new LinkedHashMap<>();
        codes.forEach(code -> result.put(code, counts.getOrDefault(code, 0L)));
        counts.forEach(result::putIfAbsent);
        return result;
    }

    private void record(long id, String action, String actor) {
        audit.record(RECORD, id, action, actor, statements.find(id).orElseThrow());
        publisher.publishEvent(new LearningFiguresChanged(RECORD, id));
    }
}
