package org.crossroads.learning.outcomes.web;

import org.crossroads.shared.web.RecordNotFoundException;
import org.crossroads.learning.events.web.EventViews;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Organisations;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.directory.ResultPage;
import org.crossroads.learning.capabilities.CapabilityFrameworks;
import org.crossroads.learning.events.EventQuery;
import org.crossroads.learning.events.LearningEvent;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.learning.outcomes.OutcomeDraft;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.learning.outcomes.OutcomeStatement;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.FieldMessages;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.Vocabularies;
import org.crossroads.shared.web.Pager;
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
 * Outcome harvesting pages: the list with its filters, a statement's page with its review actions
 * (substantiate, validate, reject), and the forms to draft and change statements.
 */
@Controller
class OutcomeController {

    private final OutcomeHarvest harvest;
    private final OutcomeViews views;
    private final CurrentEditor currentEditor;
    private final LearningEvents events;
    private final EventViews eventViews;
    private final CapabilityFrameworks frameworks;
    private final Places places;
    private final Organisations organisations;
    private final Vocabularies vocabularies;
    private final FieldMessages fieldMessages;

    OutcomeController(OutcomeHarvest harvest, OutcomeViews views, CurrentEditor currentEditor, LearningEvents events,
            EventViews eventViews, CapabilityFrameworks frameworks, Places places, Organisations organisations,
            Vocabularies vocabularies, FieldMessages fieldMessages) {
        this.harvest = harvest;
        this.views = views;
        this.currentEditor = currentEditor;
        this.events = events;
        this.eventViews = eventViews;
        this.frameworks = frameworks;
        this.places = places;
        this.organisations = organisations;
        this.vocabularies = vocabularies;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/outcomes")
    String list(@ModelAttribute("filters") OutcomeFilters filters, HttpServletRequest request, Locale locale, Model model) {
        Optional<Editor> viewer = currentEditor.get();
        ResultPage<OutcomeStatement> result = harvest.search(filters.toQuery(OutcomeFilters.PAGE_SIZE), viewer);
        model.addAttribute("result", result);
        model.addAttribute("outcomes", views.of(result.items(), locale));
        model.addAttribute("signedIn", viewer.isPresent());
        model.addAttribute("cities", places.findAll(harvest.placesWithOutcomes(viewer)).values().stream()
                .sorted(Comparator.comparing(Place::name)).toList());
        model.addAttribute("events", eventViews.of(events.findAll(harvest.eventsWithOutcomes(viewer)).values(), locale));
        model.addAttribute("framework", frameworks.findByCode(CapabilityFrameworks.FIVE_CORE_CAPABILITIES).orElse(null));
        model.addAttribute("vocabularies", vocabularies);
        model.addAttribute("csvHref", filters.href("/outcomes.csv"));
        model.addAttribute("sorting", filters.sorting());
        model.addAttribute("pager", Pager.countingFromZero(request, result.page(), result.total(), result.size()));
        return "learning/outcomes/list";
    }

    @GetMapping("/outcomes/{id:\\d+}")
    String show(@PathVariable long id, Locale locale, Model model) {
        Optional<Editor> viewer = currentEditor.get();
        OutcomeStatement outcome = harvest.find(id, viewer).orElseThrow(() -> new RecordNotFoundException("outcome statement", id));
        model.addAttribute("outcome", views.of(outcome, locale));
        model.addAttribute("demonstration", outcome.isDemonstration());
        model.addAttribute("actions", harvest.actionsFor(id, viewer));
        model.addAttribute("history", harvest.history(id, viewer));
        return "learning/outcomes/outcome";
    }

    @GetMapping("/outcomes/new")
    String create(@RequestParam(required = false) Long event, Locale locale, Model model) {
        editor();
        return form(OutcomeForm.empty(event), null, Map.of(), locale, model);
    }

    /**
     * Drafts a statement. When statements of the same city say much the same, the form comes back once
     * listing them as possible duplicates; saving it again ({@code confirmedNew}) drafts it anyway.
     */
    @PostMapping("/outcomes/new")
    String create(@ModelAttribute("form") OutcomeForm form, @RequestParam(defaultValue = "false") boolean confirmedNew,
            Locale locale, Model model, RedirectAttributes redirect) {
        List<FieldError> errors = new ArrayList<>();
        OutcomeDraft draft = form.toDraft(errors);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidEntryException(harvest.problems(draft, editor()));
            }
            if (!confirmedNew) {
                List<OutcomeStatement> similar = harvest.similar(draft, null, editor());
                if (!similar.isEmpty() && harvest.problems(draft, editor()).isEmpty()) {
                    model.addAttribute("similar", views.of(similar, locale));
                    return form(form, null, Map.of(), locale, model);
                }
            }
            long id = harvest.draft(draft, editor());
            redirect.addFlashAttribute("notice", "outcomes.saved");
            return "redirect:/outcomes/" + id;
        } catch (InvalidEntryException e) {
            errors.addAll(e.errors().stream().filter(x -> !errors.contains(x)).toList());
            return form(form, null, fieldMessages.byField(errors, locale), locale, model);
        }
    }

    @GetMapping("/outcomes/{id:\\d+}/edit")
    String edit(@PathVariable long id, Locale locale, Model model, RedirectAttributes redirect) {
        Editor editor = editor();
        OutcomeStatement outcome = harvest.forEditing(id, editor);
        if (!harvest.actionsFor(id, Optional.of(editor)).edit()) {
            redirect.addFlashAttribute("actionErrors", List.of(message("outcomes.error.notEditable", locale)));
            return "redirect:/outcomes/" + id;
        }
        return form(formOf(outcome), id, Map.of(), locale, model);
    }

    private OutcomeForm formOf(OutcomeStatement outcome) {
        Set<Long> placeIds = new HashSet<>(outcome.peerPlaceIds());
        if (outcome.placeId() != null) {
            placeIds.add(outcome.placeId());
        }
        if (outcome.inspiredByPlaceId() != null) {
            placeIds.add(outcome.inspiredByPlaceId());
        }
        return OutcomeForm.of(outcome, places.findAll(placeIds),
                outcome.networkId() == null ? Optional.empty() : organisations.find(outcome.networkId()));
    }

    @PostMapping("/outcomes/{id:\\d+}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") OutcomeForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        return save(id, form, draft -> harvest.update(id, form.expectedVersion(), draft, editor()), "outcomes.saved",
                locale, model, redirect);
    }

    /** Saves a statement's new version (an edit or a correction): field errors and a stale version keep the form. */
    private String save(long id, OutcomeForm form, java.util.function.Consumer<OutcomeDraft> saving, String notice,
            Locale locale, Model model, RedirectAttributes redirect) {
        List<FieldError> errors = new ArrayList<>();
        OutcomeDraft draft = form.toDraft(errors);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidEntryException(harvest.problems(draft, editor()));
            }
            saving.accept(draft);
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/outcomes/" + id;
        } catch (InvalidEntryException e) {
            errors.addAll(e.errors().stream().filter(x -> !errors.contains(x)).toList());
            return form(form, id, fieldMessages.byField(errors, locale), locale, model);
        } catch (ConcurrentEditException e) {
            OutcomeStatement current = harvest.forEditing(id, editor());
            model.addAttribute("conflict", true);
            // keep what the editor typed; the next save goes against the version they have now seen
            return form(form.withVersion(current.version()), id, Map.of(), locale, model);
        }
    }

    @GetMapping("/outcomes/{id:\\d+}/correct")
    String correct(@PathVariable long id, Locale locale, Model model, RedirectAttributes redirect) {
        Editor editor = editor();
        OutcomeStatement outcome = harvest.forEditing(id, editor);
        if (!harvest.actionsFor(id, Optional.of(editor)).correctOrWithdraw()) {
            redirect.addFlashAttribute("actionErrors", List.of(message("outcomes.error.correctNotValidated", locale)));
            return "redirect:/outcomes/" + id;
        }
        model.addAttribute("correction", true);
        return form(formOf(outcome), id, Map.of(), locale, model);
    }

    /** A coordinator's correction of a validated statement: a new version, the previous one kept in its history. */
    @PostMapping("/outcomes/{id:\\d+}/correct")
    String correct(@PathVariable long id, @ModelAttribute("form") OutcomeForm form,
            @RequestParam(required = false) String reason, Locale locale, Model model, RedirectAttributes redirect) {
        model.addAttribute("correction", true);
        model.addAttribute("reason", reason);
        return save(id, form, draft -> harvest.correct(id, form.expectedVersion(), draft, reason, editor()),
                "outcomes.corrected", locale, model, redirect);
    }

    @PostMapping("/outcomes/{id:\\d+}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, Locale locale,
            RedirectAttributes redirect) {
        return act(id, "withdraw", "reason", reason, () -> harvest.withdraw(id, reason, editor()), "outcomes.withdrawn", locale,
                redirect);
    }

    /** A coordinator's restoration of a withdrawn statement: back to its status before the withdrawal, and public again. */
    @PostMapping("/outcomes/{id:\\d+}/restore")
    String restore(@PathVariable long id, @RequestParam(required = false) String reason, Locale locale,
            RedirectAttributes redirect) {
        return act(id, "restore", "reason", reason, () -> harvest.restore(id, reason, editor()), "outcomes.restored", locale,
                redirect);
    }

    @PostMapping("/outcomes/{id:\\d+}/substantiate")
    String substantiate(@PathVariable long id, @RequestParam(required = false) String substantiation, Locale locale,
            RedirectAttributes redirect) {
        return act(id, "substantiate", "substantiation", substantiation, () -> harvest.substantiate(id, substantiation, editor()),
                "outcomes.substantiated", locale, redirect);
    }

    @PostMapping("/outcomes/{id:\\d+}/validate")
    String validate(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return act(id, "validate", null, null, () -> harvest.validate(id, editor()), "outcomes.validated", locale, redirect);
    }

    @PostMapping("/outcomes/{id:\\d+}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, Locale locale,
            RedirectAttributes redirect) {
        return act(id, "reject", "reason", reason, () -> harvest.reject(id, reason, editor()), "outcomes.rejected", locale,
                redirect);
    }

    /**
     * One of the statement page's actions, sent from its form ({@code form}: its fields' ids begin with it) with its
     * text field ({@code field}, null for none). A refused action's errors go back to the page: the text field's
     * beside it, in the form it was sent from, with what was typed; the others (a status that changed) above.
     */
    private String act(long id, String form, String field, String typed, Runnable action, String notice, Locale locale,
            RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidEntryException e) {
            Map<String, List<String>> byField = fieldMessages.byField(e.errors(), locale);
            Map<String, List<String>> placed = new LinkedHashMap<>();
            List<String> others = new ArrayList<>();
            byField.forEach((f, messages) -> {
                if (f.equals(field)) {
                    placed.put(form + "-" + f, messages);
                } else {
                    others.addAll(messages);
                }
            });
            redirect.addFlashAttribute("actionErrors", byField.values().stream().flatMap(List::stream).toList());
            redirect.addFlashAttribute("actionPlaced", placed);
            redirect.addFlashAttribute("actionOthers", others);
            redirect.addFlashAttribute("actionTyped", typed);
        }
        return "redirect:/outcomes/" + id;
    }

    private String form(OutcomeForm form, Long id, Map<String, List<String>> errors, Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("outcomeId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("vocabularies", vocabularies);
        // the newest events, and those already linked even when older
        Map<Long, LearningEvent> choices = new LinkedHashMap<>();
        events.search(new EventQuery("", null, null, null, 0, EventQuery.MAX_SIZE)).items().forEach(e -> choices.put(e.id(), e));
        events.findAll(form.events()).forEach(choices::putIfAbsent);
        model.addAttribute("events", eventViews.of(choices.values(), locale));
        model.addAttribute("networks", organisations.networks());
        model.addAttribute("framework", frameworks.findByCode(CapabilityFrameworks.FIVE_CORE_CAPABILITIES).orElse(null));
        return "learning/outcomes/form";
    }

    private String message(String key, Locale locale) {
        return fieldMessages.byField(List.of(FieldError.of("status", key)), locale).get("status").get(0);
    }

    private Editor editor() {
        return currentEditor.get().orElseThrow(() -> new AccessDeniedException("login required"));
    }
}
