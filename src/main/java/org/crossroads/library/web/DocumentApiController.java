package org.crossroads.library.web;

import org.crossroads.shared.web.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.directory.ResultPage;
import org.crossroads.library.Document;
import org.crossroads.library.Documents;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The library for other platforms. Anonymous clients get public and Chatham House documents (the latter without
 * authors, organisations and source); a signed-in session also gets the members-only documents of its networks. A
 * document the client may not see is 404, and is never counted.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Library", description = "Documents: knowledge products, learning reports, declarations and charters")
class DocumentApiController {

    private final Documents documents;
    private final DocumentReferences references;
    private final CurrentEditor currentEditor;
    private final Vocabularies vocabularies;

    DocumentApiController(Documents documents, DocumentReferences references, CurrentEditor currentEditor,
            Vocabularies vocabularies) {
        this.documents = documents;
        this.references = references;
        this.currentEditor = currentEditor;
        this.vocabularies = vocabularies;
    }

    @GetMapping("/documents")
    @Operation(summary = "Documents, filtered and ordered as the library page is (by relevance with q, else newest first)",
            description = "Members-only documents are included for a session of a member of one of their networks; "
                    + "Chatham House documents come without authors, organisations, source address and provenance "
                    + "unless the session may see them.",
            responses = {@ApiResponse(responseCode = "200", description = "a page of documents"),
                @ApiResponse(responseCode = "400", description = "an unknown type, theme, access level, a bad country, "
                        + "language, year, city or network, or a bad page or size", content = @Content)})
    DocumentPayload.Page list(
            @Parameter(description = "words of the title, summary or their translations") @RequestParam(required = false) String q,
            @Parameter(description = "report, policy_note, city_migration_profile, case_study, learning_report, course, "
                    + "declaration, toolkit, data_set, presentation or news") @RequestParam(required = false) String type,
            @Parameter(description = "a code of the vocabulary theme") @RequestParam(required = false) String theme,
            @Parameter(description = "ISO 3166-1 alpha-2 code") @RequestParam(required = false) String country,
            @Parameter(description = "id of a city") @RequestParam(required = false) String city,
            @Parameter(description = "id of a network") @RequestParam(required = false) String network,
            @Parameter(description = "year of publication") @RequestParam(required = false) String year,
            @Parameter(description = "ISO 639-1 code of a language the document is in") @RequestParam(required = false) String language,
            @Parameter(description = "public, members or chatham_house") @RequestParam(required = false) String access,
            @Parameter(description = "the order: relevance (with q only, and then the default), date (the year and day of "
                    + "publication, newest first, the undated last; the default without q), name (A–Z by the title in the "
                    + "language of Accept-Language or lang where translated) or changed (most recently changed first); ties "
                    + "by id; any other value gives the default")
            @RequestParam(required = false) String sort,
            @Parameter(description = "page number from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "results per page, 1 to 200") @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        LibraryFilters filters = LibraryFilters.of(type, theme, country, city, network, year, language, access, q, vocabularies);
        ResultPage<Document> found = documents.list(filters.query(page, size, sort, locale), currentEditor.get());
        DocumentReferences.Names names = references.names(found.items());
        List<DocumentPayload> items = found.items().stream().map(d -> DocumentPayload.of(d, names)).toList();
        return new DocumentPayload.Page(found.total(), page, size, items);
    }

    @GetMapping("/documents/{id:\\d+}")
    @Operation(summary = "One document", responses = {@ApiResponse(responseCode = "200", description = "the document"),
        @ApiResponse(responseCode = "404", description = "no such document, or one the session may not see",
                content = @Content)})
    DocumentPayload one(@PathVariable long id) {
        Document d = documents.find(id, currentEditor.get()).orElseThrow(() -> new RecordNotFoundException("document", id));
        return DocumentPayload.of(d, references.names(List.of(d)));
    }
}
