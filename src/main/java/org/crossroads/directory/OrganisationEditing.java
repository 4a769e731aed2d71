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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing and publishing organisations. A contributor's new organisation is proposed and
 * stays off the public pages until a coordinator or administrator publishes it. The methods taking an
 * actor name are for imports and join the caller's transaction.
 */
@Service
public class OrganisationEditing {

    static final String RECORD = "organisation";

    private final Organisations organisations;
    private final DirectoryValidation validation;
    private final DirectoryPermissions permissions;
    private final AuditTrail audit;
    private final OrganisationNames organisationNames;

    OrganisationEditing(Organisations organisations, DirectoryValidation validation, DirectoryPermissions permissions,
            AuditTrail audit, OrganisationNames organisationNames) {
        this.organisationNames = organisationNames;
        this.organisations = organisations;
        this.validation = validation;
        this.permissions = permissions;
        this.audit = audit;
    }

    /** Returns the new organisation's id; its external id is made from the acronym or name when blank. */
    @Transactional
    public long create(OrganisationDraft draft, Editor editor) {
        if (!permissions.mayCreateOrganisation(editor)) {
            throw new AccessDeniedException(editor.username() + " may not create organisations");
        }
        Organisations.Checked checked = check(draft, true);
        String externalId = checked.externalId() != null ? checked.externalId() : freeExternalId(checked);
        if (organisations.findByExternalId(externalId).isPresent()) {
            throw InvalidEntryException.of("external_id", "directory.error.duplicateExternalId", externalId);
        }
        long id = organisations.insert(externalId, checked, permissions.publicationOfNew(editor), editor.username());
        record(id, "created", editor.username());
        return id;
    }

    @Transactional
    public void update(long id, int expectedVersion, OrganisationDraft draft, Editor editor) {
        Organisation current = organisations.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        String createdBy = organisations.provenance(id).map(Provenance::createdBy).orElse(null);
        if (!permissions.mayEdit(editor, current, createdBy)) {
            throw new AccessDeniedException(editor.username() + " may not change organisation " + id);
        }
        Organisations.Checked checked = check(draft, false);
        if (!organisations.update(id, expectedVersion, checked, editor.username())) {
            throw new ConcurrentEditException(RECORD, id);
        }
        record(id, "updated", editor.username());
    }

    @Transactional
    public void publish(long id, Editor editor) {
        organisations.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        if (!permissions.mayPublish(editor)) {
            throw new AccessDeniedException(editor.username() + " may not publish organisation " + id);
        }
        if (organisations.publish(id, editor.username())) {
            record(id, "published", editor.username());
        }
    }

    /** For imports: creates the organisation, published, or updates the one with the same external id. */
    @Transactional(noRollbackFor = InvalidEntryException.class) // an import reports the row and goes on
    public Saved upsertByExternalId(OrganisationDraft draft, String actor) {
        return upsertByExternalId(draft, actor, false);
    }

    /**
     * For imports: creates the organisation (proposed when {@code propose}, else published), or updates
     * the one with the same external id, keeping its publication state.
     */
    @Transactional(noRollbackFor = InvalidEntryException.class) // an import reports the row and goes on
    public Saved upsertByExternalId(OrganisationDraft draft, String actor, boolean propose) {
        Organisations.Checked checked = check(draft, true);
        if (checked.externalId() == null) {
            throw InvalidEntryException.of("external_id", "directory.error.required");
        }
        var existing = organisations.findByExternalId(checked.externalId());
        if (existing.isPresent()) {
            Organisation current = existing.get();
            if (!organisations.update(current.id(), current.version(), checked, actor)) {
                throw new ConcurrentEditException(RECORD, current.id());
            }
            record(current.id(), "imported", actor);
            return new Saved(current.id(), false);
        }
        long id = organisations.insert(checked.externalId(), checked, propose ? "proposed" : "published", actor);
        record(id, "imported", actor);
        return new Saved(id, true);
    }

    /** The errors the draft would be rejected for, without saving anything (for forms and dry runs). */
    public List<FieldError> problems(OrganisationDraft draft) {
        try {
            check(draft, true);
            return List.of();
        } catch (InvalidEntryException e) {
            return e.errors();
        }
    }

    private Organisations.Checked check(OrganisationDraft draft, boolean withExternalId) {
        var check = validation.check();
        String externalId = null;
        if (withExternalId && draft.externalId() != null && !draft.externalId().isBlank()) {
            externalId = draft.externalId().strip();
            if (!externalId.matches("[a-z]+:[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,99}")) {
                check.reject("external_id", "directory.error.externalId", externalId, "org:");
            }
        }
        String name = check.text("name", draft.name(), 300, true);
        String acronym = check.text("acronym", draft.acronym(), 40, false);
        String type = check.code(Vocabularies.ORGANISATION_TYPE, "type", draft.type(), true);
        String country = check.country("country", draft.countryCode(), false);
        Place seat = check.place("city", draft.city(), false);
        if (seat != null && country != null && !country.equals(seat.countryCode())) {
            check.reject("city", "directory.error.cityOutsideCountry", draft.city().strip(), country);
        }
        String website = check.url("website", draft.website());
        String description = check.text("description", draft.description(), 5000, false);
        String source = check.text("source", draft.source(), DirectoryValidation.MAX_SOURCE, true);
        String alternates = alternateNames(check, draft.alternateNames(), name, acronym);
        check.complete();
        return new Organisations.Checked(externalId, name, acronym, type,
                country == null && seat != null ? seat.countryCode() : country, seat == null ? null : seat.id(),
                website, description, source, alternates, draft.alternateNames() == null);
    }

    /** At most this many other names: enough for acronyms in four languages and former names, not a keyword list. */
    static final int MOST_ALTERNATE_NAMES = 20;
    static final int MAX_ALTERNATE_NAME = 300;

    /**
     * The other names as stored ("MMC|Mixed Migration Centre"), null for none: blanks, repeats and the name or
     * acronym itself are dropped; a name too long, one holding the separator "|" or too many names are rejected.
     */
    private static String alternateNames(DirectoryValidation.Check check, List<String> names, String name, String acronym) {
        if (names == null) {
            return null;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.stream.Stream.of(name, acronym).filter(java.util.Objects::nonNull)
                .forEach(n -> seen.add(org.crossroads.shared.vocabulary.MatchKey.of(n)));
        List<String> kept = new java.util.ArrayList<>();
        for (String raw : names) {
            String n = raw == null ? "" : raw.strip();
            if (n.isEmpty()) {
                continue;
            }
            if (n.length() > MAX_ALTERNATE_NAME) {
                check.reject("alternate_names", "directory.error.alternateNameTooLong", n.substring(0, 40) + "…", MAX_ALTERNATE_NAME);
            } else if (n.contains("|")) {
                check.reject("alternate_names", "directory.error.alternateNameSeparator", n);
            } else if (seen.add(org.crossroads.shared.vocabulary.MatchKey.of(n))) {
                kept.add(n);
            }
        }
        if (kept.size() > MOST_ALTERNATE_NAMES) {
            check.reject("alternate_names", "directory.error.tooManyAlternateNames", MOST_ALTERNATE_NAMES);
        }
        return kept.isEmpty() ? null : String.join("|", kept);
    }

    private String freeExternalId(Organisations.Checked checked) {
        String base = "org:" + Slugs.of(checked.acronym() != null ? checked.acronym() : checked.name());
        String candidate = base;
        for (int n = 2; organisations.findByExternalId(candidate).isPresent(); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static final java.util.Set<String> TRANSLATED_LANGUAGES = java.util.Set.of("fr", "ar", "es");
    private static final java.util.Map<String, Integer> TRANSLATED_FIELDS = java.util.Map.of("name", 300, "description", 5000);

    /**
     * The form's save: the organisation with its name and description in other languages, both or neither, every error
     * of either reported at once (issue 12 §2, §4).
     */
    @Transactional
    public long save(Long id, int expectedVersion, OrganisationDraft draft,
            java.util.Map<String, java.util.Map<String, String>> translations, Editor editor) {
        java.util.List<FieldError> translationErrors = translationProblems(translations);
        long saved;
        try {
            if (id == null) {
                saved = create(draft, editor);
            } else {
                update(id, expectedVersion, draft, editor);
                saved = id;
            }
        } catch (InvalidEntryException e) {
            java.util.List<FieldError> all = new java.util.ArrayList<>(e.errors());
            all.addAll(translationErrors);
            throw new InvalidEntryException(all);
        }
        if (!translationErrors.isEmpty()) {
            throw new InvalidEntryException(translationErrors); // rolls the save back
        }
        writeTranslations(saved, translations, editor.username());
        return saved;
    }

    private static java.util.List<FieldError> translationProblems(java.util.Map<String, java.util.Map<String, String>> translations) {
        java.util.List<FieldError> errors = new java.util.ArrayList<>();
        translations.forEach((language, fields) -> fields.forEach((field, text) -> {
            Integer max = TRANSLATED_FIELDS.get(field);
            if (!TRANSLATED_LANGUAGES.contains(language) || max == null) {
                errors.add(FieldError.of(field + "_" + language, "directory.error.unknownCode", field + "_" + language));
            } else if (text != null && text.length() > max) {
                errors.add(FieldError.of(field + "_" + language, "directory.error.tooLong", max));
            }
        }));
        return errors;
    }

    /**
     * Replaces the organisation's name and description in other languages (fr, ar, es). For imports:
     * joins the caller's transaction.
     */
    @Transactional(noRollbackFor = InvalidEntryException.class) // an import reports the row and goes on
    public void translate(long id, java.util.Map<String, java.util.Map<String, String>> translations, String actor) {
        java.util.List<FieldError> errors = translationProblems(translations);
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        writeTranslations(id, translations, actor);
    }

    private void writeTranslations(long id, java.util.Map<String, java.util.Map<String, String>> translations, String actor) {
        StringBuilder json = new StringBuilder("{");
        translations.forEach((language, fields) -> json.append(json.length() > 1 ? "," : "").append('"').append(language)
                .append("\":").append(Json.object(fields)));
        organisations.setTranslations(id, json.append('}').toString());
        audit.record(RECORD, id, "translated", actor, translations);
    }

    private void record(long id, String action, String actor) {
        Organisation saved = organisations.find(id).orElseThrow();
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("external_id", saved.externalId());
        snapshot.put("name", saved.name());
        snapshot.put("acronym", saved.acronym());
        snapshot.put("type", saved.type());
        snapshot.put("country", saved.countryCode());
        snapshot.put("city", saved.placeId());
        snapshot.put("website", saved.website());
        snapshot.put("description", saved.description());
        snapshot.put("publication", saved.publication());
        snapshot.put("source", saved.source());
        snapshot.put("alternate_names", saved.alternateNames());
        snapshot.put("version", saved.version());
        audit.record(RECORD, id, action, actor, snapshot);
        organisationNames.forget(); // search reads the new names and acronym at once
    }
}
