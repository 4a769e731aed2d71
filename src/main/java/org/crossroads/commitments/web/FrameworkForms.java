package org.crossroads.commitments.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.commitments.Framework;
import org.crossroads.commitments.FrameworkDraft;
import org.crossroads.commitments.FrameworkEditing;
import org.crossroads.commitments.Source;
import org.crossroads.directory.Organisations;
import org.crossroads.library.Documents;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldMessages;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.ShownText;
import org.crossroads.shared.web.PostedTranslations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a framework (a declaration, charter, call, pledging process or campaign) and changing one, for
 * coordinators and administrators. The form posts plain fields: {@code translation[fr.title]} and one article per line.
 */
@Controller
class FrameworkForms {

    private final FrameworkEditing editing;
    private final Organisations organisations;
    private final Documents documents;
    private final CurrentEditor currentEditor;
    private final FieldMessages fieldMessages;

    private final CommitmentEditors editors;

    FrameworkForms(CommitmentEditors editors, FrameworkEditing editing, Organisations organisations, Documents documents, CurrentEditor currentEditor,
            FieldMessages fieldMessages) {
        this.editors = editors;
        this.editing = editing;
        this.organisations = organisations;
        this.documents = documents;
        this.currentEditor = currentEditor;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/frameworks/new")
    String create(Locale locale, Model model) {
        editors.writer();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("language", ShownText.LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en");
        values.put("kind", "declaration");
        values.put("articlesLabel", "article");
        return form(values, null, Map.of(), model);
    }

    @PostMapping("/frameworks/new")
    String create(@RequestParam Map<String, String> posted, Locale locale, Model model, RedirectAttributes redirect) {
        Editor editor = editors.writer();
        try {
            long id = editing.create(draft(posted), editor);
            redirect.addFlashAttribute("notice", "commitments.framework.saved");
            return "redirect:/frameworks/" + id;
        } catch (InvalidEntryException e) {
            return form(posted, null, fieldMessages.byField(e.errors(), locale), model);
        }
    }

    @GetMapping("/frameworks/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        Framework f = editing.editable(id, editors.writer());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", f.kind());
        values.put("language", f.language());
        values.put("title", f.title());
        values.put("summary", f.summary() == null ? "" : f.summary());
        values.putAll(PostedTranslations.posted(f.translations()).entrySet().stream().collect(LinkedHashMap::new,
                (m, e) -> m.put("translation[" + e.getKey() + "]", e.getValue()), Map::putAll));
        values.put("adopted", f.adopted() == null ? "" : f.adopted().iso());
        values.put("convener", f.convenerOrganisationId() == null ? "" : organisations.find(f.convenerOrganisationId())
                .map(o -> o.externalId() != null ? o.externalId() : String.valueOf(o.id())).orElse(""));
        values.put("convenerName", f.convenerName() == null ? "" : f.convenerName());
        values.put("document", f.documentId() == null ? "" : documents.find(f.documentId(), currentEditor.get())
                .map(d -> d.externalId() != null ? d.externalId() : String.valueOf(d.id())).orElse(""));
        values.put("articlesLabel", f.articlesLabel());
        values.put("articles", String.join("\n", f.articles().stream().map(Framework.Article::text).toList()));
        values.put("version", String.valueOf(f.version()));
        return form(values, id, Map.of(), model);
    }

    @PostMapping("/frameworks/{id:\\d+}/edit")
    String edit(@PathVariable long id, @RequestParam Map<String, String> posted, Locale locale, Model model,
            RedirectAttributes redirect) {
        Editor editor = editors.writer();
        Framework current = editing.editable(id, editor);
        try {
            editing.update(id, version(posted), draft(posted), editor);
            redirect.addFlashAttribute("notice", "commitments.framework.saved");
            return "redirect:/frameworks/" + id;
        } catch (InvalidEntryException e) {
            return form(posted, id, fieldMessages.byField(e.errors(), locale), model);
        } catch (ConcurrentEditException e) {
            model.addAttribute("conflict", true);
            Map<String, String> kept = new LinkedHashMap<>(posted);
            kept.put("version", String.valueOf(editing.editable(id, editor).version()));
            return form(kept, current.id(), Map.of(), model);
        }
    }

    private static FrameworkDraft draft(Map<String, String> posted) {
        Map<String, String> translation = new LinkedHashMap<>();
        posted.forEach((k, v) -> {
            if (k.startsWith("translation[") && k.endsWith("]")) {
                translation.put(k.substring("translation[".length(), k.length() - 1), v);
            }
        });
        String citation = posted.get("sourceCitation");
        String passage = posted.get("sourcePassage");
        return new FrameworkDraft(posted.get("kind"), posted.get("language"), posted.get("title"), posted.get("summary"),
                PostedTranslations.byLanguage(translation), posted.get("adopted"), posted.get("convener"),
                posted.get("convenerName"), posted.get("document"), posted.get("articlesLabel"), Lines.of(posted.get("articles")),
                citation == null || citation.isBlank() ? null
                        : new Source(citation.strip(), passage == null || passage.isBlank() ? null : passage.strip()));
    }

    private String form(Map<String, String> values, Long id, Map<String, List<String>> errors, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("frameworkId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", Framework.KINDS);
        model.addAttribute("labels", Framework.ARTICLE_LABELS);
        model.addAttribute("languages", ShownText.LANGUAGES);
        model.addAttribute("others", new ArrayList<>(ShownText.LANGUAGES));
        return "commitments/framework-form";
    }

    private static int version(Map<String, String> posted) {
        String v = posted.get("version");
        return v != null && v.matches("\\d{1,9}") ? Integer.parseInt(v) : -1;
    }

}
