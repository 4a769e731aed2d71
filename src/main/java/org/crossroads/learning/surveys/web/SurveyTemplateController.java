package org.crossroads.learning.surveys.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.learning.LearningPermissions;
import org.crossroads.learning.surveys.SurveyTemplateEditing;
import org.crossroads.learning.surveys.SurveyTemplates;
import org.crossroads.shared.validation.FieldMessages;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coordinators configure the survey questions: change the wording in every language, add, retire.
 * Answered questions are replaced rather than rewritten (see {@link SurveyTemplateEditing}). A refused change shows
 * every error of the form it was sent from, as every form does.
 */
@Controller
class SurveyTemplateController {

    private final SurveyTemplates templates;
    private final SurveyTemplateEditing editing;
    private final LearningPermissions permissions;
    private final CurrentEditor currentEditor;
    private final FieldMessages fieldMessages;

    SurveyTemplateController(SurveyTemplates templates, SurveyTemplateEditing editing, LearningPermissions permissions,
            CurrentEditor currentEditor, FieldMessages fieldMessages) {
        this.templates = templates;
        this.editing = editing;
        this.permissions = permissions;
        this.currentEditor = currentEditor;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/surveys/templates")
    String list(Model model) {
        coordinator();
        return page(null, Map.of(), Map.of(), model);
    }

    @PostMapping("/surveys/templates/{id:\\d+}/questions")
    String add(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale, Model model,
            RedirectAttributes redirect) {
        try {
            editing.addQuestion(id, draft(form), coordinator());
            redirect.addFlashAttribute("notice", "learning.saved");
        } catch (InvalidEntryException e) {
            return page("t" + id + "-", form, fieldMessages.byField(e.errors(), locale), model);
        }
        return "redirect:/surveys/templates#template-" + id;
    }

    @PostMapping("/surveys/questions/{questionId:\\d+}")
    String change(@PathVariable long questionId, @RequestParam Map<String, String> form, Locale locale, Model model,
            RedirectAttributes redirect) {
        try {
            if ("retire".equals(form.get("action"))) {
                editing.retireQuestion(questionId, coordinator());
            } else {
                editing.changeQuestion(questionId, draft(form), coordinator());
            }
            redirect.addFlashAttribute("notice", "learning.saved");
        } catch (InvalidEntryException e) {
            return page("q" + questionId + "-", form, fieldMessages.byField(e.errors(), locale), model);
        }
        return "redirect:/surveys/templates";
    }

    /**
     * The templates and their questions, each question's form and each template's new question form; the one that
     * was sent, when it was refused, shows what was typed and every error, its ids prefixed by {@code failed}
     * ({@code q<question id>-} or {@code t<template id>-}).
     */
    private String page(String failed, Map<String, String> typed, Map<String, List<String>> errors, Model model) {
        model.addAttribute("templates", templates.all());
        model.addAttribute("failed", failed);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("noErrors", Map.of());
        return "learning/survey-templates";
    }

    /** Options are posted one per line as {@code code | English | French | Arabic | Spanish}. */
    static SurveyTemplates.QuestionDraft draft(Map<String, String> form) {
        Map<String, String> prompt = new LinkedHashMap<>();
        for (String language : List.of("en", "fr", "ar", "es")) {
            String text = form.getOrDefault("prompt_" + language, "").strip();
            if (!text.isEmpty()) {
                prompt.put(language, text);
            }
        }
        List<SurveyTemplates.OptionFile> options = new ArrayList<>();
        for (String line : form.getOrDefault("options", "").split("\\R")) {
            String[] parts = line.split("\\|");
            if (parts.length < 2 || parts[0].isBlank()) {
                continue;
            }
            Map<String, String> label = new LinkedHashMap<>();
            String[] languages = {"en", "fr", "ar", "es"};
            for (int i = 1; i < parts.length && i <= languages.length; i++) {
                if (!parts[i].isBlank()) {
                    label.put(languages[i - 1], parts[i].strip());
                }
            }
            options.add(new SurveyTemplates.OptionFile(parts[0].strip(), label));
        }
        String purpose = form.getOrDefault("purpose", "").isBlank() ? null : form.get("purpose");
        return new SurveyTemplates.QuestionDraft(form.getOrDefault("code", "").strip(), form.getOrDefault("kind", "likert"),
                "true".equals(form.get("required")), prompt, options, purpose);
    }

    private Editor coordinator() {
        Editor editor = currentEditor.get().orElseThrow(() -> new AccessDeniedException("login required"));
        if (!permissions.isCoordinator(editor)) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN);
        }
        return editor;
    }
}
