package org.crossroads.library;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crossroads.accounts.Editor;
import org.crossroads.accounts.Role;
import org.crossroads.audit.AuditTrail;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding and changing documents as initiatives are: contributors and focal points propose, coordinators and
 * administrators publish (their own documents at once); every field checked at the edge, concurrent edits refused by
 * version, every change in the audit trail (record type {@code document}).
 */
@Service
public class DocumentEditing {

    public static final String RECORD = "document";

    private final DocumentChecks checks;
    private final DocumentRows rows;
    private final Documents documents;
    private final DocumentPermissions permissions;
    private final AuditTrail audit;

    DocumentEditing(DocumentChecks checks, DocumentRows rows, Documents documents, DocumentPermissions permissions,
            AuditTrail audit) {
        this.checks = checks;
        this.rows = rows;
        this.documents = documents;
        this.permissions = permissions;
        this.audit = audit;
    }

    /** What an upsert did. */
    public enum Outcome { CREATED, UPDATED }

    /**
     * A new document: published when the editor publishes directly, else proposed.
     *
     * @throws InvalidEntryException naming every bad field
     */
    @Transactional
    public long create(DocumentDraft draft, Editor editor) {
        DocumentChecks.Checked c = checks.check(draft);
        requireNetworkScope(c, editor);
        String externalId = c.externalId() != null ? c.externalId() : newExternalId(c.title());
        if (documents.idOf(externalId).isPresent()) {
            throw InvalidEntryException.of("external_id", "library.error.externalIdTaken", externalId);
        }
        long id = rows.insert(c, externalId, publishes(editor) ? "published" : "proposed", editor.username());
        record(id, "created", editor.username());
        return id;
    }

    /** @throws ConcurrentEditException when someone saved the document after {@code expectedVersion} was read */
    @Transactional
    public void update(long id, int expectedVersion, DocumentDraft draft, Editor editor) {
        Document current = editable(id, editor);
        DocumentChecks.Checked c = checks.check(draft);
        requireNetworkScope(c, editor);
        if (c.externalId() != null && !c.externalId().equals(current.externalId())) {
            throw InvalidEntryException.of("external_id", "library.error.externalIdFixed", current.externalId());
        }
        if (!rows.update(id, expectedVersion, c, editor.username())) {
            throw new ConcurrentEditException(RECORD, id);
        }
        record(id, "updated", editor.username());
    }

    /** A proposal (or a withdrawn document) becomes public; coordinators of its networks and administrators only. */
    @Transactional
    public void publish(long id, int expectedVersion, Editor editor) {
        Document current = editable(id, editor);
        if (!publishes(editor)) {
            throw new AccessDeniedException(editor.username() + " may not publish documents");
        }
        change(current, expectedVersion, "published", "published", editor);
    }

    /** Takes a published document out of the library, its record and history kept; its editors still see it. */
    @Transactional
    public void withdraw(long id, int expectedVersion, Editor editor) {
        Document current = editable(id, editor);
        if (!publishes(editor) && current.isPublished()) {
            throw new AccessDeniedException(editor.username() + " may not withdraw published documents");
        }
        change(current, expectedVersion, "withdrawn", "withdrawn", editor);
    }

    /**
     * An import row: updates the document of the draft's external id when the editor may change it (else the row is
     * refused, naming the column), or creates it as {@link #create} does.
     */
    @Transactional
    public Outcome upsert(DocumentDraft draft, Editor editor) {
        DocumentChecks.Checked c = checks.check(draft);
        requireNetworkScope(c, editor);
        if (c.externalId() == null) {
            throw InvalidEntryException.of("external_id", "library.error.required");
        }
        var existing = documents.idOf(c.externalId()).flatMap(permissions::access);
        if (existing.isPresent() && !permissions.mayEdit(existing.get(), editor)) {
            throw InvalidEntryException.of("external_id", "library.error.mayNotChange", c.externalId());
        }
        return upsert(c, editor.username(), !publishes(editor));
    }

    /**
     * Creates or updates the document with the draft's external id, for the built-in dataset; an update keeps the
     * document's publication. {@code propose} stores new documents as proposals.
     */
    @Transactional
    public Outcome upsert(DocumentDraft draft, String actor, boolean propose) {
        DocumentChecks.Checked c = checks.check(draft);
        if (c.externalId() == null) {
            throw InvalidEntryException.of("external_id", "library.error.required");
        }
        return upsert(c, actor, propose);
    }

    private Outcome upsert(DocumentChecks.Checked c, String actor, boolean propose) {
        var existing = documents.idOf(c.externalId()).flatMap(documents::findForEditing);
        if (existing.isEmpty()) {
            long id = rows.insert(c, c.externalId(), propose ? "proposed" : "published", actor);
            record(id, "created", actor);
            return Outcome.CREATED;
        }
        Document d = existing.get();
        if (!rows.update(d.id(), d.version(), c, actor)) {
            throw new ConcurrentEditException(RECORD, d.id());
        }
        record(d.id(), "updated", actor);
        return Outcome.UPDATED;
    }

    /** Every problem of a draft, saving nothing. */
    public List<FieldError> problems(DocumentDraft draft) {
        return checks.problems(draft);
    }

    /** The whole document for its editor; not found for those who may not see it, forbidden for those who see it only. */
    public Document editable(long id, Editor editor) {
        DocumentPermissions.Access access = permissions.access(id).orElseThrow(() -> new RecordNotFoundException("document", id));
        if (!permissions.mayEdit(access, editor)) {
            if (!permissions.maySee(access, java.util.Optional.of(editor))) {
                throw new RecordNotFoundException("document", id);
            }
            throw new AccessDeniedException(editor.username() + " may not change document " + id);
        }
        return documents.findForEditing(id).orElseThrow(() -> new RecordNotFoundException("document", id));
    }

    private void change(Document current, int expectedVersion, String publication, String action, Editor editor) {
        if (!rows.changePublication(current.id(), expectedVersion, publication, editor.username())) {
            throw new ConcurrentEditException(RECORD, current.id());
        }
        record(current.id(), action, editor.username());
    }

    /** A coordinator files documents under their own network only (others' networks would lock them out). */
    private static void requireNetworkScope(DocumentChecks.Checked c, Editor editor) {
        if (editor.role() != Role.NETWORK_COORDINATOR) {
            return;
        }
        boolean foreign = c.parties().stream().anyMatch(p -> p.role().equals("network")
                && !java.util.Objects.equals(p.organisationId(), editor.organisationId()));
        if (foreign) {
            throw InvalidEntryException.of("networks", "library.error.foreignNetwork");
        }
    }

    /** Coordinators and administrators publish; contributors and focal points propose. */
    public static boolean publishes(Editor editor) {
        return editor.role() == Role.ADMINISTRATOR || editor.role() == Role.NETWORK_COORDINATOR;
    }

    private static String newExternalId(String title) {
        String slug = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
        return "doc:" + (slug.isEmpty() ? "document" : slug) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void record(long id, String action, String actor) {
        audit.record(RECORD, id, action, actor, snapshot(documents.findForEditing(id).orElseThrow()));
    }

    /** The fields the history shows; {@link #SOURCE_FIELDS} are hidden there as on the page under Chatham House. */
    static Map<String, Object> snapshot(Document d) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("external_id", d.externalId());
        s.put("type", d.type());
        s.put("language", d.language());
        s.put("title", d.title());
        s.put("summary", d.summary());
        s.put("translations", d.translations());
        s.put("year", d.year());
        s.put("published_on", d.publishedOn() == null ? null : d.publishedOn().toString());
        s.put("languages", d.languages());
        s.put("themes", d.themes());
        s.put("countries", d.countryCodes());
        s.put("cities", d.placeIds());
        s.put("authors", d.authors().stream().map(a -> a.name() != null ? a.name() : "#" + a.organisationId()).toList());
        s.put("organisations", d.organisations().stream().map(p -> p.role() + " #" + p.organisationId()).toList());
        s.put("links", d.links().stream().map(l -> l.record() + " #" + l.recordId()).toList());
        s.put("licence", d.licence());
        s.put("source_url", d.sourceUrl());
        s.put("access", d.access());
        s.put("publication", d.publication());
        s.put("source", d.source());
        return s;
    }

    /** What the history of a Chatham House document does not show to readers who may not see its source. */
    public static final List<String> SOURCE_FIELDS = List.of("authors", "organisations", "source_url", "source");
}
