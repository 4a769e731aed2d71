package org.crossroads.commitments;

import org.crossroads.shared.web.RecordNotFoundException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossroads.accounts.Editor;
import org.crossroads.audit.AuditTrail;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.ShownText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What coordinators and administrators change of a framework: the reviews it reports to. A new review (the next Global
 * Refugee Forum, an IMRF) is what a reporting round is opened for. Audited as record type {@code framework}.
 */
@Service
public class FrameworkEditing {

    public static final String RECORD = "framework";
    static final List<String> PROCESSES = List.of("IMRF", "GRF", "GFMD", "other");

    private final FrameworkStore store;
    private final CommitmentChecks checks;
    private final CommitmentPermissions permissions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    FrameworkEditing(FrameworkStore store, CommitmentChecks checks, CommitmentPermissions permissions, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.store = store;
        this.checks = checks;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Records a new framework (a declaration adopted since, a new pledging process).
     *
     * @throws InvalidEntryException naming every bad field
     */
    @Transactional
    public long create(FrameworkDraft draft, Editor editor) {
        requireWriter(editor);
        long id = store.insert(checks.framework(draft, 0, List.of(), List.of(), 0), editor.username());
        record(id, "created", editor.username());
        return id;
    }

    /**
     * Changes a framework's text, date, convener, document and articles; its reviews and the counts sources give are
     * kept.
     *
     * @throws org.crossroads.shared.validation.ConcurrentEditException when someone saved it after {@code expectedVersion}
     */
    @Transactional
    public void update(long id, int expectedVersion, FrameworkDraft draft, Editor editor) {
        requireWriter(editor);
        Framework current = store.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        Framework changed = checks.framework(draft, id, current.cycleIds(), current.stated(), expectedVersion);
        // articles keep their translations and sources where their text is unchanged
        List<Framework.Article> articles = changed.articles().stream().map(a -> current.article(a.number())
                .filter(old -> old.text().equals(a.text())).orElse(a)).toList();
        List<Source> sources = changed.sources().isEmpty() ? current.sources() : changed.sources();
        Framework kept = new Framework(id, current.externalId(), changed.kind(), changed.language(), changed.title(),
                changed.summary(), changed.translations(), changed.adopted(), changed.convenerOrganisationId(),
                changed.convenerName(), changed.documentId(), changed.articlesLabel(), articles, current.stated(),
                current.cycleIds(), sources, expectedVersion);
        if (!store.update(id, expectedVersion, kept, editor.username())) {
            throw new org.crossroads.shared.validation.ConcurrentEditException(RECORD, id);
        }
        record(id, "updated", editor.username());
    }

    /** The framework, for its form; only coordinators and administrators change frameworks. */
    public Framework editable(long id, Editor editor) {
        requireWriter(editor);
        return store.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
    }

    private void requireWriter(Editor editor) {
        if (!permissions.mayEditShared(editor)) {
            throw new AccessDeniedException("Only coordinators and administrators write frameworks");
        }
    }

    private void record(long id, String action, String actor) {
        Framework f = store.find(id).orElseThrow();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", f.kind());
        s.put("language", f.language());
        s.put("title", f.title());
        s.put("summary", f.summary());
        s.put("translations", f.translations());
        s.put("adopted", f.adopted() == null ? null : f.adopted().iso());
        s.put("convener", f.convenerOrganisationId() != null ? f.convenerOrganisationId() : f.convenerName());
        s.put("document", f.documentId());
        s.put("articles", f.articles().stream().map(Framework.Article::text).toList());
        s.put("review_cycles", f.cycleIds());
        audit.record(RECORD, id, action, actor, s);
        events.publishEvent(new CommitmentsChanged(RECORD, id));
    }

    /**
     * Adds a review the framework reports to.
     *
     * @param heldFrom "2027-12-13"; {@code heldTo} blank for a one-day review
     * @return the review's id
     * @throws InvalidEntryException naming every bad field
     */
    @Transactional
    public long addCycle(long frameworkId, String process, String language, String name, String heldFrom, String heldTo,
            String source, Editor editor) {
        if (!permissions.mayEditShared(editor)) {
            throw new AccessDeniedException("Only coordinators and administrators add reviews");
        }
        Framework f = store.find(frameworkId).orElseThrow(() -> new RecordNotFoundException(RECORD, frameworkId));
        List<FieldError> errors = new ArrayList<>();
        if (process == null || !PROCESSES.contains(process)) {
            errors.add(FieldError.of("process", process == null || process.isBlank() ? "commitments.error.required"
                    : "commitments.error.unknownCode", process == null ? "" : process));
        }
        String l = language == null || !ShownText.LANGUAGES.contains(language) ? "en" : language;
        String n = CommitmentChecks.required(name, "name", 300, errors);
        LocalDate from = day(heldFrom, "held_from", true, errors);
        LocalDate to = day(heldTo, "held_to", false, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(FieldError.of("held_to", "commitments.error.endBeforeStart", heldTo.strip()));
        }
        String s = CommitmentChecks.optional(source, "source", 2000, errors);
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        long cycle = store.insertCycle(new ReviewCycle(0, null, process, l, n, Map.of(), from, to, s), editor.username());
        List<Long> cycles = new ArrayList<>(f.cycleIds());
        cycles.add(cycle);
        store.update(f.id(), f.version(), new Framework(f.id(), f.externalId(), f.kind(), f.language(), f.title(), f.summary(),
                f.translations(), f.adopted(), f.convenerOrganisationId(), f.convenerName(), f.documentId(), f.articlesLabel(),
                f.articles(), f.stated(), cycles, f.sources(), f.version()), editor.username());
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("title", f.title());
        snapshot.put("review_cycles", store.find(f.id()).orElseThrow().cycleIds());
        audit.record(RECORD, f.id(), "updated", editor.username(), snapshot);
        events.publishEvent(new CommitmentsChanged(RECORD, f.id()));
        return cycle;
    }

    private static LocalDate day(String text, String field, boolean required, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, "commitments.error.required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "commitments.error.badDate", text.strip()));
            return null;
        }
    }
}
