package org.crossroads.commitments.web;

import org.crossroads.shared.web.RecordNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.commitments.Recommendation;
import org.crossroads.commitments.RecommendationQuery;
import org.crossroads.commitments.Recommendations;
import org.crossroads.commitments.UptakeRecording;
import org.crossroads.shared.validation.FieldMessages;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.ShownText;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.BadParameterException;
import org.crossroads.shared.web.ListSort;
import org.crossroads.shared.web.Pager;
import org.crossroads.shared.web.Sorting;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register of recommendations with its filters (addressee, theme, report, taken up or not), a recommendation's
 * page with who took it up, and the form to record an uptake.
 */
@Controller
class RecommendationPages {

    static final int PAGE_SIZE = 50;

    private final Recommendations recommendations;
    private final UptakeRecording uptakes;
    private final CommitmentViews views;
    private final Vocabularies vocabularies;
    private final CurrentEditor currentEditor;
    private final FieldMessages fieldMessages;
    private final org.crossroads.commitments.CommitmentPermissions permissions;

    RecommendationPages(org.crossroads.commitments.CommitmentPermissions permissions, Recommendations recommendations, UptakeRecording uptakes, CommitmentViews views,
            Vocabularies vocabularies, CurrentEditor currentEditor, FieldMessages fieldMessages) {
        this.permissions = permissions;
        this.recommendations = recommendations;
        this.uptakes = uptakes;
        this.views = views;
        this.vocabularies = vocabularies;
        this.currentEditor = currentEditor;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/recommendations")
    String list(@RequestParam(required = false) String addressee, @RequestParam(required = false) String theme,
            @RequestParam(required = false) Long document, @RequestParam(required = false) String taken,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Locale locale, Model model) {
        if (page < 1) {
            throw new BadParameterException("page", "Pages start at 1");
        }
        RecommendationFilters filters = RecommendationFilters.read(addressee, theme, document, taken, vocabularies);
        Optional<Editor> reader = currentEditor.get();
        RecommendationQuery query = filters.query();
        long total = recommendations.count(query, reader);
        model.addAttribute("filters", filters);
        model.addAttribute("exportQuery", filters.href());
        Sorting sorting = Sorting.read(sort, false, ListSort.CHANGED, ListSort.NAME, ListSort.CHANGED);
        model.addAttribute("sorting", sorting);
        model.addAttribute("items", recommendations.search(query, reader, sorting.chosen(), locale.getLanguage(), PAGE_SIZE,
                (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * PAGE_SIZE)).stream()
                .map(r -> views.recommendation(r, reader, locale)).toList());
        model.addAttribute("total", total);
        model.addAttribute("notTakenUp", recommendations.count(filters.notTakenUp(), reader));
        model.addAttribute("pager", Pager.countingFromOne(request, page, total, PAGE_SIZE));
        model.addAttribute("addressees", Recommendation.ADDRESSEES);
        model.addAttribute("themes", vocabularies.terms(Vocabularies.THEME));
        model.addAttribute("documentName", document == null ? null : views.document(document, reader, locale));
        model.addAttribute("mayWrite", reader.map(permissions::mayEditShared).orElse(false));
        return "commitments/recommendations";
    }

    @GetMapping("/recommendations/{id:\\d+}")
    String recommendation(@PathVariable long id, Locale locale, Model model) {
        Optional<Editor> reader = currentEditor.get();
        Recommendation r = recommendations.find(id, reader)
                .orElseThrow(() -> new RecordNotFoundException("recommendation", id));
        model.addAttribute("view", views.recommendationView(r, reader, locale));
        model.addAttribute("mayRecord", uptakes.mayRecord(reader));
        model.addAttribute("mayWrite", reader.map(permissions::mayEditShared).orElse(false));
        if (!model.containsAttribute("form")) {
            String city = reader.map(Editor::placeId).map(String::valueOf).orElse("");
            model.addAttribute("form", UptakeForm.empty(language(locale), city));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        model.addAttribute("languages", ShownText.LANGUAGES);
        return "commitments/recommendation";
    }

    @PostMapping("/recommendations/{id:\\d+}/uptakes")
    String record(@PathVariable long id, @ModelAttribute("form") UptakeForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        Editor editor = currentEditor.get().orElseThrow(() -> new AccessDeniedException("Sign in to record an uptake"));
        try {
            uptakes.record(id, form.toDraft(), editor);
            redirect.addFlashAttribute("notice", "commitments.uptake.saved");
            return "redirect:/recommendations/" + id + "#uptakes";
        } catch (InvalidEntryException e) {
            model.addAttribute("errors", fieldMessages.byField(e.errors(), locale));
            model.addAttribute("form", form);
            return recommendation(id, locale, model);
        }
    }

    private static String language(Locale locale) {
        return ShownText.LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
    }

}
