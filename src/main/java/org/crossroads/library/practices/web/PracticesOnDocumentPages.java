package org.crossroads.library.practices.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.library.DocumentPermissions;
import org.crossroads.library.practices.Practice;
import org.crossroads.library.practices.PracticePermissions;
import org.crossroads.library.practices.PracticeQuery;
import org.crossroads.library.practices.PracticeReads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the fragment {@code library/practices/on-document :: practices(documentId)} shows on a document's page (bean
 * {@code practicesOnDocumentPages}): the practices the document describes (those whose evidence lists it) as the
 * reader may see them, and, for an editor who may change some practices, the practices the (published) document could
 * be listed in. A document the reader may not see shows nothing.
 */
@Component
public class PracticesOnDocumentPages {

    /** A practice as listed: its number, its title in the reader's language, its city. */
    public record Item(long id, String title, String city) {}

    /**
     * @param visible false when the reader may not see the document: the fragment renders nothing
     * @param linked the practices it describes that the reader may see
     * @param unlinkable the linked ones this reader may take it off
     * @param linkable the practices this reader may link it to (empty: no form)
     */
    public record View(long documentId, boolean visible, List<Item> linked, List<Long> unlinkable, List<Item> linkable) {}

    private final DocumentPermissions documentPermissions;
    private final PracticePermissions permissions;
    private final PracticeReads reads;
    private final PracticeViews views;
    private final CurrentEditor currentEditor;
    private final JdbcClient jdbc;

    PracticesOnDocumentPages(DocumentPermissions documentPermissions, PracticePermissions permissions, PracticeReads reads,
            PracticeViews views, CurrentEditor currentEditor, JdbcClient jdbc) {
        this.documentPermissions = documentPermissions;
        this.permissions = permissions;
        this.reads = reads;
        this.views = views;
        this.currentEditor = currentEditor;
        this.jdbc = jdbc;
    }

    public View of(long documentId, Locale locale) {
        Optional<Editor> reader = currentEditor.get();
        Optional<DocumentPermissions.Access> access = documentPermissions.access(documentId)
                .filter(a -> documentPermissions.maySee(a, reader));
        if (access.isEmpty()) {
            return new View(documentId, false, List.of(), List.of(), List.of());
        }
        List<Practice> linked = linkedTo(documentId, reader);
        // the link is part of the practice's evidence: whoever may change the practice may list a document they see
        List<Long> unlinkable = reader.isEmpty() ? List.of()
                : linked.stream().filter(p -> permissions.mayEdit(p, reader.get())).map(Practice::id).toList();
        List<Item> linkable = reader.isEmpty() || !"published".equals(access.get().publication()) ? List.of()
                : reads.search(PracticeQuery.ALL, reader).stream()
                        .filter(p -> permissions.mayEdit(p, reader.get()) && !p.documentIds().contains(documentId))
                        .map(p -> item(p, reader, locale))
                        .sorted(Comparator.comparing(Item::title, java.text.Collator.getInstance(locale))).toList();
        return new View(documentId, true, linked.stream().map(p -> item(p, reader, locale)).toList(), unlinkable, linkable);
    }

    /** The practices whose evidence lists the document, as the reader may see them. */
    List<Practice> linkedTo(long documentId, Optional<Editor> reader) {
        return jdbc.sql("select practice_id from practice_link where record = 'document' and record_id = :d order by practice_id")
                .param("d", documentId).query(Long.class).list().stream()
                .flatMap(id -> reads.find(id, reader).stream()).toList();
    }

    private Item item(Practice p, Optional<Editor> reader, Locale locale) {
        PracticeView v = views.summary(p, reader, locale);
        return new Item(p.id(), v.title(), v.city() == null ? null : v.city().label());
    }
}
