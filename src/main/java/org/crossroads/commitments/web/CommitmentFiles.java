package org.crossroads.commitments.web;

import org.crossroads.shared.web.RecordNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.commitments.CommitmentColumns;
import org.crossroads.commitments.Framework;
import org.crossroads.commitments.Frameworks;
import org.crossroads.commitments.Pledge;
import org.crossroads.commitments.Pledges;
import org.crossroads.commitments.Recommendation;
import org.crossroads.commitments.Recommendations;
import org.crossroads.commitments.Signature;
import org.crossroads.commitments.Source;
import org.crossroads.directory.Organisation;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.library.Documents;
import org.crossroads.shared.tabular.Column;
import org.crossroads.shared.tabular.CsvExport;
import org.crossroads.shared.tabular.XlsxExport;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.ListSort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pledge list, a framework's signatures and the register of recommendations as CSV (for machines: the header, then
 * the HXL hashtags) and XLSX, with the list's filters. Only what the reader may see: a restricted pledge, signature or
 * uptake is in the file only for those who may see it. Every cell is formula-safe ({@link CsvExport},
 * {@link XlsxExport}). Cities are written as the importer reads them ("Tangier, MA"), organisations by their key.
 */
@Controller
class CommitmentFiles {

    /** The most rows one file holds. */
    static final int MAX_ROWS = 100_000;

    private final Pledges pledges;
    private final Frameworks frameworks;
    private final Recommendations recommendations;
    private final Places places;
    private final Organisations organisations;
    private final Documents documents;
    private final Vocabularies vocabularies;
    private final CurrentEditor currentEditor;

    CommitmentFiles(Pledges pledges, Frameworks frameworks, Recommendations recommendations, Places places,
            Organisations organisations, Documents documents, Vocabularies vocabularies, CurrentEditor currentEditor) {
        this.pledges = pledges;
        this.frameworks = frameworks;
        this.recommendations = recommendations;
        this.places = places;
        this.organisations = organisations;
        this.documents = documents;
        this.vocabularies = vocabularies;
        this.currentEditor = currentEditor;
    }

    @GetMapping("/pledges.{format:csv|xlsx}")
    void pledges(@PathVariable String format, @RequestParam(required = false) Long framework,
            @RequestParam(required = false) Long city, @RequestParam(required = false) String status,
            @RequestParam(required = false) String gcm, @RequestParam(required = false) String theme,
            HttpServletResponse response) throws IOException {
        PledgeFilters filters = PledgeFilters.read(framework, city, status, gcm, theme, vocabularies);
        List<Pledge> found = pledges.search(filters.query(), currentEditor.get(), ListSort.DATE, "en", MAX_ROWS, 0);
        Map<Long, String> frameworkKeys = new HashMap<>();
        frameworks.all().forEach(f -> frameworkKeys.put(f.id(), key(f)));
        References refs = references(found.stream().flatMap(p -> p.placeIds().stream()).toList(),
                found.stream().flatMap(p -> p.organisationIds().stream()).toList());
        List<List<Object>> rows = new ArrayList<>();
        for (Pledge p : found) {
            Source source = p.sources().isEmpty() ? null : p.sources().get(0);
            rows.add(Arrays.asList(p.id(), p.externalId(), p.frameworkId() == null ? null : frameworkKeys.get(p.frameworkId()),
                    p.placeIds().stream().map(refs::city).collect(Collectors.joining("; ")),
                    p.organisationIds().stream().map(refs::organisation).collect(Collectors.joining("; ")),
                    p.language(), p.text(), translation(p.translations(), "fr", "text"),
                    translation(p.translations(), "ar", "text"), translation(p.translations(), "es", "text"),
                    joined(p.articles()), joined(p.gcmObjectives()), joined(p.gcrObjectives()), joined(p.themes()),
                    p.target() == null ? null : p.target().iso(), p.responsibleOffice(), p.status().code(), p.statusOn(),
                    p.restricted() ? "restricted" : "public", source == null ? null : source.citation(),
                    source == null ? null : source.passage()));
        }
        write(format, "crossroads-pledges", "pledges", CommitmentColumns.pledgeExport(), rows, response);
    }

    @GetMapping("/frameworks/{id:\\d+}/signatures.{format:csv|xlsx}")
    void signatures(@PathVariable long id, @PathVariable String format, HttpServletResponse response) throws IOException {
        Framework f = frameworks.find(id).orElseThrow(() -> new RecordNotFoundException("framework", id));
        List<Signature> found = frameworks.signatures(id, currentEditor.get());
        References refs = references(found.stream().map(Signature::placeId).filter(Objects::nonNull).toList(),
                found.stream().map(Signature::organisationId).filter(Objects::nonNull).toList());
        List<List<Object>> rows = new ArrayList<>();
        for (Signature s : found) {
            rows.add(Arrays.asList(s.id(), key(f), s.placeId() == null ? null : refs.city(s.placeId()),
                    s.organisationId() == null ? null : refs.organisation(s.organisationId()), s.kind(),
                    s.onBehalfOfMembers(), s.signed() == null ? null : s.signed().iso(), s.office(),
                    s.restricted() ? "restricted" : "public", s.source() == null ? null : s.source().citation(),
                    s.source() == null ? null : s.source().passage()));
        }
        write(format, "crossroads-framework-" + id + "-signatures", "signatures", CommitmentColumns.signatureExport(), rows,
                response);
    }

    @GetMapping("/recommendations.{format:csv|xlsx}")
    void recommendations(@PathVariable String format, @RequestParam(required = false) String addressee,
            @RequestParam(required = false) String theme, @RequestParam(required = false) Long document,
            @RequestParam(required = false) String taken, HttpServletResponse response) throws IOException {
        RecommendationFilters filters = RecommendationFilters.read(addressee, theme, document, taken, vocabularies);
        Optional<Editor> reader = currentEditor.get();
        List<Recommendation> found = recommendations.search(filters.query(), reader, ListSort.CHANGED, "en", MAX_ROWS, 0);
        Map<Long, String> titles = new HashMap<>();
        found.stream().map(Recommendation::documentId).filter(Objects::nonNull).distinct().forEach(d ->
                documents.find(d, reader).ifPresent(doc -> titles.put(d, doc.title())));
        List<List<Object>> rows = new ArrayList<>();
        for (Recommendation r : found) {
            boolean documentShown = r.documentId() != null && titles.containsKey(r.documentId());
            rows.add(Arrays.asList(r.id(), r.externalId(), documentShown ? r.documentId() : null,
                    documentShown ? titles.get(r.documentId()) : null, r.eventId(), r.section(), r.number(), r.language(),
                    r.text(), translation(r.translations(), "fr", "text"), translation(r.translations(), "ar", "text"),
                    translation(r.translations(), "es", "text"), joined(r.addressees()), joined(r.themes()), r.uptakes(),
                    r.source() == null ? null : r.source().citation(), r.source() == null ? null : r.source().passage()));
        }
        write(format, "crossroads-recommendations", "recommendations", CommitmentColumns.RECOMMENDATIONS, rows, response);
    }

    /** Cities as "Name, CC" and organisations by their key (else their name), read once for a file. */
    private record References(Map<Long, Place> cities, Map<Long, Organisation> organisations) {

        String city(long id) {
            Place p = cities.get(id);
            return p == null ? "#" + id : p.name() + ", " + p.countryCode();
        }

        String organisation(long id) {
            Organisation o = organisations.get(id);
            return o == null ? "#" + id : o.externalId() != null ? o.externalId() : o.name();
        }
    }

    private References references(Collection<Long> placeIds, Collection<Long> organisationIds) {
        return new References(places.findAll(placeIds), organisations.findAll(organisationIds));
    }

    private static String key(Framework f) {
        return f.externalId() != null ? f.externalId() : String.valueOf(f.id());
    }

    private static String translation(Map<String, Map<String, String>> translations, String language, String field) {
        return translations.getOrDefault(language, Map.of()).get(field);
    }

    private static String joined(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining("; "));
    }

    private static void write(String format, String name, String sheet, List<Column> columns, List<List<Object>> rows,
            HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name + "." + format, StandardCharsets.UTF_8).build().toString());
        if (format.equals("csv")) {
            response.setContentType("text/csv;charset=UTF-8");
            CsvExport.forMachines(columns).write(rows, response.getOutputStream());
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            XlsxExport.of(columns).withHxlRow(true).withSheetName(sheet).write(rows, response.getOutputStream());
        }
    }
}
