package org.crossroads.data.web;

import org.crossroads.shared.web.RecordNotFoundException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.data.CityProfile;
import org.crossroads.data.CityProfiles;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.PdfDocuments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A city's migration profile as a page and as a PDF. */
@Controller
class CityProfileController {

    private final CityProfiles profiles;
    private final CurrentEditor currentEditor;
    private final PdfDocuments pdfs;
    private final Vocabularies vocabularies;

    CityProfileController(CityProfiles profiles, CurrentEditor currentEditor, PdfDocuments pdfs, Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
        this.profiles = profiles;
        this.currentEditor = currentEditor;
        this.pdfs = pdfs;
    }

    @GetMapping("/cities/{id:\\d+}/profile")
    String page(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("profile", profile(id, locale));
        model.addAttribute("vocabularies", vocabularies); // the units' labels, as in the PDF (which has no beans)
        return "data/profile";
    }

    @GetMapping("/cities/{id:\\d+}/profile.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        CityProfile profile = profile(id, locale);
        byte[] body = pdfs.render("data/profile-pdf", Map.of("profile", profile, "generatedOn", LocalDate.now(),
                "vocabularies", vocabularies), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("crossroads-migration-profile-" + id + ".pdf").build().toString())
                .body(body);
    }

    private CityProfile profile(long id, Locale locale) {
        return profiles.of(id, currentEditor.get(), locale).orElseThrow(() -> new RecordNotFoundException("city profile", id));
    }
}
