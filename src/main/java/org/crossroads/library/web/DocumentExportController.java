package org.crossroads.library.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.library.Document;
import org.crossroads.library.DocumentQuery;
import org.crossroads.library.Documents;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The library's list, with the page's filters, as a file: {@code /library/export.csv|json|ris|bib}. The same read
 * as the page, so the file holds what the reader may see and nothing else.
 */
@Controller
class DocumentExportController {

    private final Documents documents;
    private final DocumentExports exports;
    private final CurrentEditor currentEditor;
    private final Vocabularies vocabularies;

    DocumentExportController(Documents documents, DocumentExports exports, CurrentEditor currentEditor,
            Vocabularies vocabularies) {
        this.documents = documents;
        this.exports = exports;
        this.currentEditor = currentEditor;
        this.vocabularies = vocabularies;
    }

    @GetMapping("/library/export.{format:csv|json|ris|bib}")
    void export(@PathVariable String format, @RequestParam(required = false) String q,
            @RequestParam(required = false) String type, @RequestParam(required = false) String theme,
            @RequestParam(required = false) String country, @RequestParam(required = false) String city,
            @RequestParam(required = false) String network, @RequestParam(required = false) String year,
            @RequestParam(required = false) String language, @RequestParam(required = false) String access,
            HttpServletResponse response) throws IOException {
        LibraryFilters filters = LibraryFilters.of(type, theme, country, city, network, year, language, access, q, vocabularies);
        DocumentQuery query = filters.query(1, 1).withPage(1, DocumentQuery.MAX_EXPORT);
        List<Document> found = documents.list(query, currentEditor.get()).items();
        DocumentExports.Format f = DocumentExports.Format.byExtension(format);
        response.setContentType(f.contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"crossroads-library." + f.extension + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        exports.write(f, found, response.getOutputStream());
    }
}
