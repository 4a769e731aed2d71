package org.crossroads.library.web;

import org.crossroads.shared.web.RecordNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.audit.AuditTrail;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.directory.ResultPage;
import org.crossroads.library.Document;
import org.crossroads.library.DocumentEditing;
import org.crossroads.library.DocumentPermissions;
import org.crossroads.library.Documents;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.Pager;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The library's pages: the list of documents with its filters, a document's page (with its schema.org and Dublin
 * Core metadata in the head) and its history. Each reader sees, and counts, only the documents they may see.
 */
@Controller
class LibraryPages {

    static final int PAGE_SIZE = 25;

    private final Documents documents;
    private final DocumentViews views;
    private final DocumentMetadata metadata;
    private final DocumentPermissions permissions;
    private final CurrentEditor currentEditor;
    private final Vocabularies vocabularies;
    private final Places places;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final org.crossroads.library.files.DocumentFiles files;

    LibraryPages(Documents documents, DocumentViews views, DocumentMetadata metadata, DocumentPermissions permissions,
            CurrentEditor currentEditor, Vocabularies vocabularies, Places places, Organisations organisations,
            AuditTrail audit, org.crossroads.library.files.DocumentFiles files) {
        this.documents = documents;
        this.views = views;
        this.metadata = metadata;
        this.permissions = permissions;
        this.currentEditor = currentEditor;
        this.vocabularies = vocabularies;
        this.places = places;
        this.organisations = organisations;
        this.audit = audit;
        this.files = files;
    }

    @GetMapping("/library")
    String library(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String theme, @RequestParam(required = false) String country,
            @RequestParam(required = false) String city, @RequestParam(required = false) String network,
            @RequestParam(required = false) String year, @RequestParam(required = false) String language,
            @RequestParam(required = false) String access, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Locale locale, Model model) {
        LibraryFilters filters = LibraryFilters.of(type, theme, country, city, network, year, language, access, q, vocabularies);
        Optional<Editor> reader = currentEditor.get();
        Documents.Found search = documents.search(filters.query(page, PAGE_SIZE, sort, locale), reader);
        ResultPage<Document> found = search.page();
        model.addAttribute("understood", search.understood());
        model.addAttribute("filters", filters);
        model.addAttribute("found", found);
        model.addAttribute("documents", views.of(found.items(), locale));
        model.addAttribute("types", Document.TYPES);
        model.addAttribute("themes", vocabularies.terms(Vocabularies.THEME));
        model.addAttribute("cities", cities(locale));
        model.addAttribute("networks", organisations.networks());
        model.addAttribute("signedIn", reader.isPresent());
        java.util.Map<String, String> languageOptions = new java.util.LinkedHashMap<>();
        org.crossroads.shared.web.Languages.SUPPORTED.forEach(l -> languageOptions.put(l.getLanguage(), l.getDisplayLanguage(locale)));
        model.addAttribute("languageOptions", languageOptions);
        model.addAttribute("sorting", filters.sorting(sort));
        model.addAttribute("pager", Pager.countingFromOne(request, page, found.total(), PAGE_SIZE));
        String exportQuery = filters.href("", 1);
        model.addAttribute("exportQuery", exportQuery.startsWith("?") ? exportQuery : "");
        return "library/list";
    }

    @GetMapping("/documents/{id:\\d+}")
    String document(@PathVariable long id, Locale locale, HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response, Model model) {
        Optional<Editor> reader = currentEditor.get();
        Document d = documents.find(id, reader).orElseThrow(() -> new RecordNotFoundException("document", id));
        DocumentView view = views.of(d, locale);
        model.addAttribute("document", view);
        model.addAttribute("headMetadata", metadata.of(view, ServletUriComponentsBuilder.fromContextPath(request)
                .path("/documents/{id}").buildAndExpand(id).toUriString()));
        DocumentPermissions.Access access = permissions.access(id).orElseThrow();
        boolean mayEdit = reader.map(e -> permissions.mayEdit(access, e)).orElse(false);
        boolean publishes = reader.map(DocumentEditing::publishes).orElse(false);
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute("mayPublish", mayEdit && publishes && !d.isPublished());
        model.addAttribute("mayWithdraw", mayEdit && (d.isPublished() ? publishes : "proposed".equals(d.publication())));
        if (files.extracting(id)) {
            response.setHeader("Refresh", "3"); // the files' progress without a script, as on the files page
        }
        return "library/document";
    }

    @GetMapping("/documents/{id:\\d+}/history")
    String history(@PathVariable long id, Locale locale, Model model) {
        Optional<Editor> reader = currentEditor.get();
        Document d = documents.find(id, reader).orElseThrow(() -> new RecordNotFoundException("document", id));
        List<AuditTrail.Change> changes = audit.history(DocumentEditing.RECORD, id);
        if (d.sourceWithheld()) {
            // the history would otherwise show what the page withholds under the Chatham House rule
            changes = changes.stream().map(c -> new AuditTrail.Change(c.action(), c.actor(), c.at(), c.fields().stream()
                    .filter(f -> !DocumentEditing.SOURCE_FIELDS.contains(f.field())).toList())).toList();
        }
        model.addAttribute("subject", d.title(locale));
        model.addAttribute("documentId", id);
        model.addAttribute("changes", changes);
        return "library/history";
    }

    /** The cities the platform knows, by name in the reader's language order. */
    private List<Place> cities(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return places.known().stream().sorted(Comparator.comparing(Place::name, collator)).toList();
    }
}
