package org.crossroads.library.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossroads.library.Document;
import org.crossroads.library.DocumentColumns;
import org.crossroads.library.DocumentDraft;

/**
 * The document form as posted: lists typed as "a; b" (as in the import format), references as the dataset writes
 * them, a title and summary per interface language for the translations, and the version the editor started from.
 */
record DocumentForm(String externalId, String type, String language, String title, String summary,
        String titleEn, String summaryEn, String titleFr, String summaryFr, String titleAr, String summaryAr,
        String titleEs, String summaryEs, String year, String publishedOn, String languages, List<String> themes,
        String countries, String cities, String authors, String authorOrganisations, String publishers, String networks,
        String funders, String initiatives, String events, String outcomes, String licence, String sourceUrl,
        String access, String source, Integer version) {

    DocumentForm {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    static DocumentForm empty(String language) {
        return new DocumentForm(null, "report", language, null, null, null, null, null, null, null, null, null, null,
                null, null, language, List.of(), null, null, null, null, null, null, null, null, null, null, null, null,
                "public", null, 0);
    }

    /** Pre-filled from a record the document belongs to (an event's learning report, an initiative's document). */
    static DocumentForm linkedTo(String language, String type, String initiatives, String events) {
        DocumentForm e = empty(language);
        return new DocumentForm(null, type, e.language, null, null, null, null, null, null, null, null, null, null, null,
                null, e.languages, List.of(), null, null, null, null, null, null, null, initiatives, events, null, null,
                null, "public", null, 0);
    }

    /** The document as stored, references written as the form takes them back. */
    static DocumentForm of(Document d, DocumentReferences refs) {
        Map<String, String> t = new LinkedHashMap<>();
        Map<String, String> s = new LinkedHashMap<>();
        d.translations().forEach((lang, values) -> {
            t.put(lang, values.get("title"));
            s.put(lang, values.get("summary"));
        });
        String date = d.publishedOn() == null ? null
                : "month".equals(d.datePrecision()) ? d.publishedOn().toString().substring(0, 7) : d.publishedOn().toString();
        DocumentReferences.Written w = refs.written(d);
        return new DocumentForm(d.externalId(), d.type(), d.language(), d.title(), d.summary(), t.get("en"), s.get("en"),
                t.get("fr"), s.get("fr"), t.get("ar"), s.get("ar"), t.get("es"), s.get("es"),
                d.year() == null ? null : Integer.toString(d.year()), date, join(d.languages()), d.themes(),
                join(d.countryCodes()), join(w.cities()), join(w.authors()), join(w.authorOrganisations()),
                join(w.publishers()), join(w.networks()), join(w.funders()), join(w.initiatives()), join(w.events()),
                join(d.linked(Document.OUTCOME).stream().map(String::valueOf).toList()), d.licence(), d.sourceUrl(),
                d.access(), d.source(), d.version());
    }

    DocumentDraft toDraft() {
        Map<String, Map<String, String>> translations = new LinkedHashMap<>();
        put(translations, "en", titleEn, summaryEn);
        put(translations, "fr", titleFr, summaryFr);
        put(translations, "ar", titleAr, summaryAr);
        put(translations, "es", titleEs, summaryEs);
        translations.remove(language == null ? "" : language.strip());
        return new DocumentDraft(externalId, type, language, title, summary, translations, year, publishedOn,
                DocumentColumns.list(languages), themes, DocumentColumns.list(countries), DocumentColumns.list(cities),
                DocumentColumns.list(authors), DocumentColumns.list(authorOrganisations), DocumentColumns.list(publishers),
                DocumentColumns.list(networks), DocumentColumns.list(funders), DocumentColumns.list(initiatives),
                DocumentColumns.list(events), DocumentColumns.list(outcomes), licence, sourceUrl, access, source);
    }

    int expectedVersion() {
        return version == null ? 0 : version;
    }

    DocumentForm withVersion(int current) {
        return new DocumentForm(externalId, type, language, title, summary, titleEn, summaryEn, titleFr, summaryFr, titleAr,
                summaryAr, titleEs, summaryEs, year, publishedOn, languages, themes, countries, cities, authors,
                authorOrganisations, publishers, networks, funders, initiatives, events, outcomes, licence, sourceUrl,
                access, source, current);
    }

    private static void put(Map<String, Map<String, String>> translations, String lang, String t, String s) {
        if ((t != null && !t.isBlank()) || (s != null && !s.isBlank())) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("title", t);
            values.put("summary", s);
            translations.put(lang, values);
        }
    }

    static String join(List<String> values) {
        return values.isEmpty() ? null : String.join("; ", values);
    }
}
