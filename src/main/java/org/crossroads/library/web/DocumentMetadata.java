package org.crossroads.library.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossroads.library.Document;
import org.crossroads.shared.web.HeadMetadata;
import org.crossroads.shared.web.HeadMetadata.Meta;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A document page's metadata for search engines and reference managers: Dublin Core {@code DC.*} and Highwire
 * {@code citation_*} meta elements (Zotero reads both) and a schema.org JSON-LD object. Built from the view the
 * reader sees, so a Chatham House document's authors and source are absent here too.
 */
@Component
class DocumentMetadata {

    private final JsonMapper json;

    DocumentMetadata(JsonMapper json) {
        this.json = json;
    }

    static String schemaType(String type) {
        return switch (type) {
            case "report", "policy_note", "city_migration_profile", "learning_report" -> "Report";
            case "case_study" -> "ScholarlyArticle";
            case "course" -> "Course";
            case "data_set" -> "Dataset";
            case "presentation" -> "PresentationDigitalDocument";
            case "news" -> "NewsArticle";
            default -> "CreativeWork";
        };
    }

    HeadMetadata of(DocumentView v, String pageUrl) {
        Document d = v.document();
        List<Meta> metas = new ArrayList<>();
        metas.add(new Meta("DC.title", d.title(), d.language()));
        d.translations().forEach((lang, t) -> metas.add(new Meta("DC.title.alternative", t.get("title"), lang)));
        v.authors().forEach(a -> metas.add(new Meta("DC.creator", a.label(), null)));
        v.publishers().forEach(p -> metas.add(new Meta("DC.publisher", p.label(), null)));
        String date = d.publishedOn() != null
                ? ("month".equals(d.datePrecision()) ? d.publishedOn().toString().substring(0, 7) : d.publishedOn().toString())
                : d.year() == null ? null : Integer.toString(d.year());
        if (date != null) {
            metas.add(new Meta("DC.date", date, null));
        }
        metas.add(new Meta("DC.type", d.type(), null));
        metas.add(new Meta("DC.language", d.language(), null));
        metas.add(new Meta("DC.identifier", pageUrl, null));
        d.themes().forEach(t -> metas.add(new Meta("DC.subject", t, null)));
        d.countryCodes().forEach(c -> metas.add(new Meta("DC.coverage", c, null)));
        if (d.licence() != null) {
            metas.add(new Meta("DC.rights", d.licence(), null));
        }
        if (d.summary() != null) {
            metas.add(new Meta("DC.description", d.summary(), d.language()));
        }
        metas.add(new Meta("citation_title", d.title(), d.language()));
        v.authors().forEach(a -> metas.add(new Meta("citation_author", a.label(), null)));
        if (date != null) {
            metas.add(new Meta("citation_publication_date", date.replace('-', '/'), null));
        }
        if (d.sourceUrl() != null && d.sourceUrl().toLowerCase(java.util.Locale.ROOT).contains(".pdf")) {
            metas.add(new Meta("citation_pdf_url", d.sourceUrl(), null));
        }
        return new HeadMetadata(metas, json.writeValueAsString(jsonLd(v, pageUrl, date)));
    }

    private static Map<String, Object> jsonLd(DocumentView v, String pageUrl, String date) {
        Document d = v.document();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("@context", "https://schema.org");
        o.put("@type", schemaType(d.type()));
        o.put("@id", pageUrl);
        o.put("name", d.title());
        o.put("inLanguage", d.language());
        if (!d.translations().isEmpty()) {
            o.put("alternateName", d.translations().values().stream().map(t -> t.get("title")).toList());
        }
        if (d.summary() != null) {
            o.put("abstract", d.summary());
        }
        if (date != null) {
            o.put("datePublished", date);
        }
        if (!v.authors().isEmpty()) {
            o.put("author", v.authors().stream().map(a -> Map.of("@type", a.href() == null ? "Person" : "Organization",
                    "name", a.label())).toList());
        }
        if (!v.publishers().isEmpty()) {
            o.put("publisher", v.publishers().stream().map(p -> Map.of("@type", "Organization", "name", p.label())).toList());
        }
        if (!v.funders().isEmpty()) {
            o.put("funder", v.funders().stream().map(p -> Map.of("@type", "Organization", "name", p.label())).toList());
        }
        if (!d.themes().isEmpty()) {
            o.put("keywords", String.join(", ", v.themes()));
        }
        if (!v.cities().isEmpty()) {
            o.put("spatialCoverage", v.cities().stream().map(c -> Map.of("@type", "Place", "name", c.label())).toList());
        }
        if (d.licence() != null) {
            o.put("license", d.licence());
        }
        if (d.sourceUrl() != null) {
            o.put("url", d.sourceUrl());
        }
        o.put("isAccessibleForFree", !d.isMembersOnly());
        return o;
    }
}
