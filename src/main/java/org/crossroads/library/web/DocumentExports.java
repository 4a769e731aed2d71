package org.crossroads.library.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crossroads.directory.Organisation;
import org.crossroads.library.Document;
import org.crossroads.library.DocumentColumns;
import org.crossroads.shared.tabular.CsvExport;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a list of documents as CSV (the import format), JSON (the API's payloads), RIS and BibTeX (for reference
 * managers such as Zotero). The documents come from {@code Documents} as the reader may see them: a Chatham House
 * document arrives without authors, organisations and source, and so is written without them in every format.
 */
@Component
class DocumentExports {

    /** Every format, with its content type and file extension; a test enumerates them. */
    enum Format {
        CSV("text/csv;charset=UTF-8", "csv"), JSON("application/json", "json"),
        RIS("application/x-research-info-systems;charset=UTF-8", "ris"), BIBTEX("application/x-bibtex;charset=UTF-8", "bib");

        final String contentType;
        final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        static Format byExtension(String extension) {
            for (Format f : values()) {
                if (f.extension.equals(extension)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("No export format " + extension);
        }
    }

    private final DocumentReferences references;
    private final JsonMapper json;

    DocumentExports(DocumentReferences references, JsonMapper json) {
        this.references = references;
        this.json = json;
    }

    void write(Format format, List<Document> documents, OutputStream out) throws IOException {
        DocumentReferences.Names names = references.names(documents);
        switch (format) {
            case CSV -> CsvExport.forSpreadsheets(DocumentColumns.ALL).write(documents.stream().map(d -> csvRow(d, names)).toList(), out);
            case JSON -> {
                out.write(json.writeValueAsBytes(documents.stream().map(d -> DocumentPayload.of(d, names)).toList()));
                out.flush();
            }
            case RIS -> text(out, ris(documents, names));
            case BIBTEX -> text(out, bibtex(documents, names));
        }
    }

    private static void text(OutputStream out, String text) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(text);
        w.flush();
    }

    private static List<Object> csvRow(Document d, DocumentReferences.Names names) {
        DocumentReferences.Written w = names.written(d);
        List<Object> row = new ArrayList<>();
        row.add(d.externalId());
        row.add(d.type());
        row.add(d.title());
        row.add(d.language());
        for (String l : DocumentColumns.TITLE_LANGUAGES) {
            var t = d.translations().get(l);
            row.add(t == null ? null : t.get("title"));
        }
        row.add(d.summary());
        for (String l : DocumentColumns.TITLE_LANGUAGES) {
            var t = d.translations().get(l);
            row.add(t == null ? null : t.get("summary"));
        }
        row.add(d.year());
        row.add(date(d));
        row.add(join(d.languages()));
        row.add(join(d.themes()));
        row.add(join(d.countryCodes()));
        row.add(join(w.cities()));
        row.add(join(w.authors()));
        row.add(join(w.authorOrganisations()));
        row.add(join(w.publishers()));
        row.add(join(w.networks()));
        row.add(join(w.funders()));
        row.add(join(w.initiatives()));
        row.add(join(w.events()));
        row.add(d.licence());
        row.add(d.sourceUrl());
        row.add(d.access());
        row.add(d.source());
        return row;
    }

    static String date(Document d) {
        if (d.publishedOn() == null) {
            return null;
        }
        String iso = d.publishedOn().toString();
        return "month".equals(d.datePrecision()) ? iso.substring(0, 7) : iso;
    }

    static String risType(String type) {
        return switch (type) {
            case "report", "policy_note", "city_migration_profile", "case_study", "learning_report" -> "RPRT";
            case "declaration" -> "GOVDOC";
            case "data_set" -> "DATA";
            case "presentation" -> "SLIDE";
            case "news" -> "NEWS";
            case "course", "toolkit" -> "GEN";
            default -> "GEN";
        };
    }

    static String bibtexType(String type) {
        return switch (type) {
            case "report", "policy_note", "city_migration_profile", "case_study", "learning_report" -> "techreport";
            default -> "misc";
        };
    }

    private static String ris(List<Document> documents, DocumentReferences.Names names) {
        StringBuilder out = new StringBuilder();
        for (Document d : documents) {
            tag(out, "TY", risType(d.type()));
            tag(out, "ID", d.externalId());
            tag(out, "TI", d.title());
            d.translations().values().forEach(t -> tag(out, "TT", t.get("title")));
            for (String author : authors(d, names)) {
                tag(out, "AU", author);
            }
            if (d.year() != null) {
                tag(out, "PY", Integer.toString(d.year()));
            }
            if (d.publishedOn() != null) {
                String[] ymd = d.publishedOn().toString().split("-");
                tag(out, "DA", ymd[0] + "/" + ymd[1] + "/" + ("month".equals(d.datePrecision()) ? "" : ymd[2]) + "/");
            }
            publishers(d, names).forEach(p -> tag(out, "PB", p));
            tag(out, "LA", d.language());
            d.themes().forEach(t -> tag(out, "KW", t));
            tag(out, "AB", d.summary());
            tag(out, "UR", d.sourceUrl());
            tag(out, "N1", d.licence());
            out.append("ER  - \r\n\r\n");
        }
        return out.toString();
    }

    /** One RIS line: a tag is one line, so line breaks inside a value become spaces. */
    private static void tag(StringBuilder out, String tag, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        out.append(tag).append("  - ").append(value.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").strip()).append("\r\n");
    }

    private static String bibtex(List<Document> documents, DocumentReferences.Names names) {
        StringBuilder out = new StringBuilder();
        Set<String> keys = new HashSet<>();
        for (Document d : documents) {
            String key = uniqueKey(baseKey(d, names), keys);
            out.append('@').append(bibtexType(d.type())).append('{').append(key).append(",\n");
            field(out, "title", "{" + latex(d.title()) + "}");
            List<String> authors = authors(d, names);
            if (!authors.isEmpty()) {
                // organisations in braces, so that BibTeX does not read them as "Surname, Given"
                field(out, "author", String.join(" and ", authors.stream().map(a -> isPerson(d, a) ? latex(a) : "{" + latex(a) + "}").toList()));
            }
            List<String> publishers = publishers(d, names);
            if (!publishers.isEmpty()) {
                field(out, "techreport".equals(bibtexType(d.type())) ? "institution" : "publisher",
                        String.join(" and ", publishers.stream().map(DocumentExports::latex).toList()));
            }
            if (d.year() != null) {
                field(out, "year", Integer.toString(d.year()));
            }
            if (d.publishedOn() != null) {
                field(out, "month", Integer.toString(d.publishedOn().getMonthValue()));
            }
            field(out, "language", d.language());
            if (d.summary() != null) {
                field(out, "abstract", latex(d.summary()));
            }
            if (!d.themes().isEmpty()) {
                field(out, "keywords", latex(String.join(", ", d.themes())));
            }
            if (d.sourceUrl() != null) {
                field(out, "url", d.sourceUrl().replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D"));
            }
            if ("techreport".equals(bibtexType(d.type()))) {
                field(out, "type", latex(d.type().replace('_', ' ')));
            }
            out.append("}\n\n");
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(value.replaceAll("[\\r\\n]+", " ")).append("},\n");
    }

    /** TeX's special characters escaped; the text stays UTF-8, which biber and Zotero read. */
    static String latex(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\textbackslash{}");
                case '{', '}', '$', '&', '%', '#', '_' -> b.append('\\').append(c);
                case '^' -> b.append("\\^{}");
                case '~' -> b.append("\\~{}");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** An ASCII key: the first author's last word (or the publisher's) and the year, e.g. {@code mc2cm2017}. */
    private static String baseKey(Document d, DocumentReferences.Names names) {
        List<String> authors = authors(d, names);
        String who = !authors.isEmpty() ? authors.get(0) : publishers(d, names).stream().findFirst().orElse(d.title());
        String[] words = ascii(who).split("\\s+");
        String word = isPerson(d, who) ? words[words.length - 1] : words[0];
        String titleWord = ascii(d.title()).split("\\s+")[0];
        String key = (word + (d.year() == null ? "" : d.year()) + titleWord).replaceAll("[^A-Za-z0-9]", "");
        return key.isEmpty() ? "document" + d.id() : key.toLowerCase(Locale.ROOT);
    }

    private static String uniqueKey(String base, Set<String> keys) {
        String key = base;
        for (int n = 0; !keys.add(key); n++) {
            key = base + suffix(n);
        }
        return key;
    }

    /** a, b, … z, aa, ab… */
    private static String suffix(int n) {
        return n < 26 ? String.valueOf((char) ('a' + n)) : suffix(n / 26 - 1) + (char) ('a' + n % 26);
    }

    private static String ascii(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^\\x20-\\x7E]", " ").strip();
        return folded.isEmpty() ? "x" : folded;
    }

    private static boolean isPerson(Document d, String author) {
        return d.authors().stream().anyMatch(a -> author.equals(a.name()));
    }

    private static List<String> authors(Document d, DocumentReferences.Names names) {
        List<String> authors = new ArrayList<>();
        for (Document.Author a : d.authors()) {
            if (a.name() != null) {
                authors.add(a.name());
            } else {
                Organisation o = names.organisation(a.organisationId());
                if (o != null) {
                    authors.add(o.name());
                }
            }
        }
        return authors;
    }

    private static List<String> publishers(Document d, DocumentReferences.Names names) {
        return d.organisationIds("publisher").stream().map(names::organisation).filter(java.util.Objects::nonNull)
                .map(Organisation::name).toList();
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join("; ", values);
    }
}
