package org.crossroads.library.practices.web;

import org.crossroads.shared.web.RecordNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.audit.AuditTrail;
import org.crossroads.directory.Places;
import org.crossroads.library.practices.Practice;
import org.crossroads.library.practices.PracticeEditing;
import org.crossroads.library.practices.PracticeReads;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.BadParameterException;
import org.crossroads.shared.web.Pager;
import org.crossroads.shared.web.PdfDocuments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The practice list with its filters, a practice's page (printable), its PDF and its history. */
@Controller
class PracticePages {

    static final int PAGE_SIZE = 50;

    private final PracticeReads reads;
    private final PracticeViews views;
    private final Places places;
    private final Vocabularies vocabularies;
    private final CurrentEditor currentEditor;
    private final PdfDocuments pdf;
    private final AuditTrail audit;
    private final org.crossroads.directory.PlaceNames placeNames;

    PracticePages(org.crossroads.directory.PlaceNames placeNames, PracticeReads reads, PracticeViews views, Places places, Vocabularies vocabularies,
            CurrentEditor currentEditor, PdfDocuments pdf, AuditTrail audit) {
        this.reads = reads;
        this.views = views;
        this.places = places;
        this.vocabularies = vocabularies;
        this.currentEditor = currentEditor;
        this.pdf = pdf;
        this.audit = audit;
        this.placeNames = placeNames;
    }

    @GetMapping("/practices")
    String list(@RequestParam(required = false) String theme, @RequestParam(required = false) String country,
            @RequestParam(required = false) Long city, @RequestParam(required = false) String route,
            @RequestParam(required = false) String sizeClass, @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request, Locale locale, Model model) {
        if (page < 1) {
            throw new BadParameterException("page", "Pages start at 1");
        }
        PracticeFilters filters = PracticeFilters.of(theme, country, city, route, sizeClass, q, vocabularies);
        Optional<Editor> reader = currentEditor.get();
        PracticeReads.Found search = reads.searchUnderstood(filters.query(sort, locale), reader);
        List<Practice> found = search.practices();
        model.addAttribute("understood", search.understood());
        int from = (int) Math.min(found.size(), (long) (page - 1) * PAGE_SIZE);
        List<Practice> shown = found.subList(from, Math.min(found.size(), from + PAGE_SIZE));
        model.addAttribute("filters", filters);
        model.addAttribute("total", found.size());
        model.addAttribute("items", shown.stream().map(p -> views.summary(p, reader, locale)).toList());
        model.addAttribute("themes", vocabularies.terms(Vocabularies.THEME));
        model.addAttribute("routeRoles", vocabularies.terms(Vocabularies.CITY_ROLE));
        model.addAttribute("sizeClasses", vocabularies.terms(Vocabularies.SIZE_CLASS).stream()
                .filter(t -> !"unknown".equals(t.code())).toList());
        model.addAttribute("countries", places.knownCountries());
        model.addAttribute("cityName", city == null ? null : places.find(city).map(p -> placeNames.in(p, locale)).orElse(null));
        model.addAttribute("sorting", filters.sorting(sort));
        model.addAttribute("pager", Pager.countingFromOne(request, page, found.size(), PAGE_SIZE));
        model.addAttribute("mayPropose", reader.isPresent());
        return "library/practices/list";
    }

    @GetMapping("/practices/{id:\\d+}")
    String practice(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("practice", views.of(visible(id), currentEditor.get(), locale));
        return "library/practices/practice";
    }

    @GetMapping("/practices/{id:\\d+}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        PracticeView view = views.of(visible(id), currentEditor.get(), locale);
        byte[] body = pdf.render("library/practices/practice-pdf", Map.of("practice", view), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("practice-" + id + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    @GetMapping("/practices/{id:\\d+}/history")
    String history(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("practice", views.of(visible(id), currentEditor.get(), locale));
        model.addAttribute("changes", audit.history(PracticeEditing.RECORD, id));
        return "library/practices/history";
    }

    private Practice visible(long id) {
        return reads.find(id, currentEditor.get()).orElseThrow(() -> new RecordNotFoundException("practice", id));
    }
}
