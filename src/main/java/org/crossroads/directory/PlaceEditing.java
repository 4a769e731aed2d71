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
 * Changes what the directory records about places: roles along migration routes, routes, names in
 * other languages, and local authorities that the gazetteer lacks. Every change is validated, checked
 * against the version the editor saw, and written to the audit trail. The methods taking an actor name
 * are for imports: they join the caller's transaction, so a failing file leaves nothing behind.
 */
@Service
public class PlaceEditing {

    static final String RECORD = "place";

    private final Places places;
    private final DirectoryValidation validation;
    private final DirectoryPermissions permissions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    PlaceEditing(Places places, DirectoryValidation validation, DirectoryPermissions permissions, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.places = places;
        this.validation = validation;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
    }

    /** An editor's change from the place form; the names given replace the stored ones. */
    @Transactional
    public void describe(long placeId, int expectedVersion, PlaceDescription description, Editor editor) {
        Place place = places.find(placeId).orElseThrow(() -> new RecordNotFoundException(RECORD, placeId));
        if (!permissions.mayDescribe(editor, placeId)) {
            throw new AccessDeniedException(editor.username() + " may not change place " + placeId);
        }
        save(place, expectedVersion, description, description.names(), editor.username(), "updated");
    }

    /** For imports: sets the roles and routes of a place (names in other languages are kept). */
    @Transactional
    public Saved describe(long placeId, List<String> roles, List<String> routes, String source, String actor) {
        return describe(placeId, new PlaceDescription(roles, routes, Map.of(), source), actor);
    }

    /** For imports: sets roles and routes, and adds or replaces the names given. */
    @Transactional(noRollbackFor = InvalidEntryException.class) // an import reports the row and goes on
    public Saved describe(long placeId, PlaceDescription description, String actor) {
        Place place = places.find(placeId).orElseThrow(() -> new RecordNotFoundException(RECORD, placeId));
        Map<String, String> names = new LinkedHashMap<>(places.localNames(placeId));
        names.putAll(description.names());
        save(place, place.version(), description, names, actor, "imported");
        return new Saved(placeId, false);
    }

    private void save(Place place, int version, PlaceDescription description, Map<String, String> names,
            String actor, String action) {
        var check = validation.check();
        List<String> roles = check.codes(Vocabularies.CITY_ROLE, "roles", description.roles());
        List<String> routes = check.codes(Vocabularies.ROUTE, "routes", description.routes());
        check.names(names);
        String source = check.text("source", description.source(), DirectoryValidation.MAX_SOURCE, true);
        check.complete();
        Map<String, String> kept = new LinkedHashMap<>();
        names.forEach((language, name) -> {
            if (name != null && !name.isBlank()) {
                kept.put(language, name.strip());
            }
        });
        if (!places.describe(place.id(), version, roles, routes, kept, source, actor)) {
            throw new ConcurrentEditException(RECORD, place.id());
        }
        record(place.id(), action, actor);
    }

    /** An editor adds a city or local authority that the gazetteer lacks; returns its id. */
    @Transactional
    public long addLocalAuthority(LocalAuthorityDraft draft, Editor editor) {
        if (!permissions.mayAddLocalAuthority(editor)) {
            throw new AccessDeniedException(editor.username() + " may not add local authorities");
        }
        Checked checked = check(draft);
        if (places.existsExternalId(checked.externalId())) {
            throw InvalidEntryException.of("name", "directory.error.duplicatePlace", checked.externalId());
        }
        long id = places.insertLocalAuthority(checked.externalId(), draft, checked.countryCode(), checked.roles(),
                checked.routes(), editor.username());
        record(id, "created", editor.username());
        return id;
    }

    /** For imports: adds the local authority, or updates the one with the same external id. */
    @Transactional(noRollbackFor = InvalidEntryException.class) // an import reports the row and goes on
    public Saved addLocalAuthority(LocalAuthorityDraft draft, String actor) {
        Checked checked = check(draft);
        var existing = places.resolve(checked.externalId()).filter(p -> checked.externalId().equals(p.externalId()));
        if (existing.isPresent()) {
            Place place = existing.get();
            if (!places.updateLocalAuthority(place.id(), place.version(), draft, checked.countryCode(), checked.roles(),
                    checked.routes(), actor)) {
                throw new ConcurrentEditException(RECORD, place.id());
            }
            record(place.id(), "imported", actor);
            return new Saved(place.id(), false);
        }
        long id = places.insertLocalAuthority(checked.externalId(), draft, checked.countryCode(), checked.roles(),
                checked.routes(), actor);
        record(id, "imported", actor);
        return new Saved(id, true);
    }

    /** The errors the draft would be rejected for, without saving anything (for forms and dry runs). */
    public List<FieldError> problems(LocalAuthorityDraft draft) {
        try {
            check(draft);
            return List.of();
        } catch (InvalidEntryException e) {
            return e.errors();
        }
    }

    private Checked check(LocalAuthorityDraft draft) {
        var check = validation.check();
        String name = check.text("name", draft.name(), 200, true);
        String country = check.country("country", draft.countryCode(), true);
        check.coordinates(draft.latitude(), draft.longitude());
        check.population(draft.population());
        List<String> roles = check.codes(Vocabularies.CITY_ROLE, "roles", draft.roles());
        List<String> routes = check.codes(Vocabularies.ROUTE, "routes", draft.routes());
        check.text("source", draft.source(), DirectoryValidation.MAX_SOURCE, true);
        String externalId = draft.externalId() == null || draft.externalId().isBlank()
                ? name == null ? null : "place:" + Slugs.of(name)
                : draft.externalId().strip();
        if (externalId != null && !externalId.matches("place:[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,99}")) {
            check.reject("place", "directory.error.externalId", externalId, "place:");
        }
        check.complete();
        return new Checked(externalId, country, roles, routes);
    }

    private record Checked(String externalId, String countryCode, List<String> roles, List<String> routes) {
    }

    private void record(long id, String action, String actor) {
        Place saved = places.find(id).orElseThrow();
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("name", saved.name());
        snapshot.put("country", saved.countryCode());
        snapshot.put("population", saved.population());
        snapshot.put("latitude", saved.latitude());
        snapshot.put("longitude", saved.longitude());
        snapshot.put("roles", saved.roles());
        snapshot.put("routes", saved.routes());
        places.localNames(id).forEach((language, name) -> snapshot.put("name_" + language, name));
        snapshot.put("source", places.provenance(id).map(Provenance::source).orElse(null));
        snapshot.put("version", saved.version());
        audit.record(RECORD, id, action, actor, snapshot);
        events.publishEvent(new PlaceChanged(id));
    }
}
