package org.crossroads.commitments.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.commitments.Recommendation;
import org.crossroads.commitments.RecommendationDraft;
import org.crossroads.commitments.RecommendationEditing;
import org.crossroads.commitments.Source;
import org.crossroads.library.Documents;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldMessages;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.ShownText;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.PostedTranslations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a recommendation of a report or an event, and changing one, for coordinators and administrators. */
@Controller
class RecommendationForms {

    private final RecommendationEditing editing;
    private final Documents documents;
    private final Vocabularies vocabularies;
    private final CurrentEditor currentEditor;
    private final FieldMessages fieldMessages;

    private final CommitmentEditors editors;

    RecommendationForms(CommitmentEditors editors, RecommendationEditing editing, Documents documents, Vocabularies vocabularies,
            CurrentEditor currentEditor, FieldMessages fieldMessages) {
        this.editors = editors;
        this.editing = editing;
        this.documents = documents;
        this.vocabularies = vocabularies;
        this.currentEditor = currentEditor;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/recommendations/new")
    String create(@RequestParam(required = false) String document, Locale locale, Model model) {
        editors.writer();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("language", ShownText.LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en");
        values.put("document", document == null ? "" : document);
        return form(values, List.of(), List.of(), null, Map.of(), model);
    }

    @PostMapping("/recommendations/new")
    String create(@RequestParam MultiValueMap<String, String> posted, Locale locale, Model model,
            RedirectAttributes redirect) {
        Editor editor = editors.writer();
        try {
            long id = editing.create(draft(posted), editor);
            redirect.addFlashAttribute("notice", "commitments.recommendation.saved");
            return "redirect:/recommendations/" + id;
        } catch (InvalidEntryException e) {
            return form(posted.toSingleValueMap(), list(posted, "addressees"), list(posted, "themes"), null,
                    fieldMessages.byField(e.errors(), locale), model);
        }
    }

    @GetMapping("/recommendations/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        Recommendation r = editing.editable(id, editors.writer());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("document", r.documentId() == null ? "" : documents.find(r.documentId(), currentEditor.get())
                .map(d -> d.externalId() != null ? d.externalId() : String.valueOf(d.id())).orElse(String.valueOf(r.documentId())));
        values.put("event", r.eventId() == null ? "" : String.valueOf(r.eventId()));
        values.put("section", r.section() == null ? "" : r.section());
        values.put("number", r.number() == null ? "" : String.valueOf(r.number()));
        values.put("language", r.language());
        values.put("text", r.text());
        PostedTranslations.posted(r.translations()).forEach((k, v) -> values.put("translation[" + k + "]", v));
        values.put("version", String.valueOf(r.version()));
        return form(values, r.addressees(), r.themes(), id, Map.of(), model);
    }

    @PostMapping("/recommendations/{id:\\d+}/edit")
    String edit(@PathVariable long id, @RequestParam MultiValueMap<String, String> posted, Locale locale, Model model,
            RedirectAttributes redirect) {
        Editor editor = editors.writer();
        editing.editable(id, editor);
        String v = posted.getFirst("version");
        try {
            editing.update(id, v != null && v.matches("\\d{1,9}") ? Integer.parseInt(v) : -1, draft(posted), editor);
            redirect.addFlashAttribute("notice", "commitments.recommendation.saved");
            return "redirect:/recommendations/" + id;
        } catch (InvalidEntryException e) {
            return form(posted.toSingleValueMap(), list(posted, "addressees"), list(posted, "themes"), id,
                    fieldMessages.byField(e.errors(), locale), model);
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            Map<String, String> kept = new LinkedHashMap<>(posted.toSingleValueMap());
            kept.put("version", String.valueOf(editing.editable(id, editor).version()));
            return form(kept, list(posted, "addressees"), list(posted, "themes"), id, Map.of(), model);
        }
    }

    private static RecommendationDraft draft(MultiValueMap<String, String> posted) {
        Map<String, String> translation = new LinkedHashMap<>();
        posted.toSingleValueMap().forEach((k, v) -> {
            if (k.startsWith("translation[") && k.endsWith("]")) {
                translation.put(k.substring("translation[".length(), k.length() - 1), v);
            }
        });
        String citation = posted.getFirst("sourceCitation");
        String passage = posted.getFirst("sourcePassage");
        return new RecommendationDraft(posted.getFirst("document"), posted.getFirst("event"), posted.getFirst("section"),
                posted.getFirst("number"), posted.getFirst("language"), posted.getFirst("text"),
                PostedTranslations.byLanguage(translation), list(posted, "addressees"), list(posted, "themes"),
                citation == null || citation.isBlank() ? null
                        : new Source(citation.strip(), passage == null || passage.isBlank() ? null : passage.strip()));
    }

    private static List<String> list(MultiValueMap<String, String> posted, String name) {
        List<String> values = posted.get(name);
        return values == null ? List.of() : values;
    }

    private String form(Map<String, String> values, List<String> addressees, List<String> themes, Long id,
            Map<String, List<String>> errors, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("chosenAddressees", addressees);
        model.addAttribute("chosenThemes", themes);
        model.addAttribute("recommendationId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("addressees", Recommendation.ADDRESSEES);
        model.addAttribute("themes", vocabularies.terms(Vocabularies.THEME));
        model.addAttribute("languages", ShownText.LANGUAGES);
        return "commitments/recommendation-form";
    }

}
