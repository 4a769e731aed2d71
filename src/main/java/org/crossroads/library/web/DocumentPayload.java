package org.crossroads.library.web;

import java.util.List;
import java.util.Map;
import org.crossroads.directory.Organisation;
import org.crossroads.library.Document;

/**
 * A document in the API and the JSON export. Under the Chatham House rule {@code authors}, {@code organisations},
 * {@code source_url} and {@code source} are empty and {@code source_withheld} is true.
 */
record DocumentPayload(long id, String externalId, String type, String language, String title, String summary,
        Map<String, Map<String, String>> translations, Integer year, String publishedOn, List<String> languages,
        List<String> themes, List<String> countries, List<String> cities, List<Author> authors,
        List<Party> organisations, List<String> initiatives, List<String> events, List<Long> outcomes, String licence,
        String sourceUrl, String access, String publication, String source, boolean sourceWithheld, String page) {

    record Author(String name, String organisation) {}

    record Party(String organisation, String name, String role) {}

    static DocumentPayload of(Document d, DocumentReferences.Names names) {
        DocumentReferences.Written w = names.written(d);
        List<Author> authors = d.authors().stream().map(a -> a.name() != null ? new Author(a.name(), null)
                : new Author(name(names.organisation(a.organisationId())), ref(names.organisation(a.organisationId())))).toList();
        List<Party> parties = d.organisations().stream().map(p -> new Party(ref(names.organisation(p.organisationId())),
                name(names.organisation(p.organisationId())), p.role())).toList();
        return new DocumentPayload(d.id(), d.externalId(), d.type(), d.language(), d.title(), d.summary(), d.translations(),
                d.year(), DocumentExports.date(d), d.languages(), d.themes(), d.countryCodes(), w.cities(), authors, parties,
                w.initiatives(), w.events(), d.linked(Document.OUTCOME), d.licence(), d.sourceUrl(), d.access(),
                d.publication(), d.source(), d.sourceWithheld(), "/documents/" + d.id());
    }

    private static String ref(Organisation o) {
        return o == null ? null : o.externalId();
    }

    private static String name(Organisation o) {
        return o == null ? null : o.name();
    }

    /** One page of documents: the total counts only those the client may see. */
    record Page(long total, int page, int size, List<DocumentPayload> items) {}
}
