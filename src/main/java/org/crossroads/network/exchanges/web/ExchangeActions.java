package org.crossroads.network.exchanges.web;

import org.crossroads.shared.web.RecordNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.directory.Place;
import org.crossroads.directory.Places;
import org.crossroads.network.exchanges.Answer;
import org.crossroads.network.exchanges.Exchange;
import org.crossroads.network.exchanges.ExchangeWorkflow;
import org.crossroads.shared.validation.ConcurrentEditException;
import org.crossroads.shared.validation.FieldError;
import org.crossroads.shared.validation.FieldMessages;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps on an exchange's page (post/redirect/get): the peer accepts, declines or redirects; either side
 * arranges an accepted exchange. A refused step shows the page again with the field errors (422) or, when
 * someone else acted first, with a warning and the exchange as it is now (409).
 */
@Controller
class ExchangeActions {

    private final ExchangeWorkflow workflow;
    private final ExchangeViews views;
    private final Places places;
    private final CurrentEditor currentEditor;
    private final FieldMessages fieldMessages;

    ExchangeActions(ExchangeWorkflow workflow, ExchangeViews views, Places places, CurrentEditor currentEditor,
            FieldMessages fieldMessages) {
        this.workflow = workflow;
        this.views = views;
        this.places = places;
        this.currentEditor = currentEditor;
        this.fieldMessages = fieldMessages;
    }

    /** One step, given the editor, the version the form was made from and the field errors found so far. */
    private interface Step {
        void run(Editor editor, int version, List<FieldError> errors);
    }

    @PostMapping("/exchanges/{id:\\d+}/accept")
    String accept(@PathVariable long id, @ModelAttribute ActionForm form, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, "accept", form, "exchanges.notice.accepted", (editor, version, errors) ->
                workflow.accept(id, version, form.note(), editor), locale, model, response, redirect);
    }

    @PostMapping("/exchanges/{id:\\d+}/decline")
    String decline(@PathVariable long id, @ModelAttribute ActionForm form, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, "decline", form, "exchanges.notice.declined", (editor, version, errors) ->
                workflow.decline(id, version, form.note(), editor), locale, model, response, redirect);
    }

    @PostMapping("/exchanges/{id:\\d+}/redirect")
    String redirect(@PathVariable long id, @ModelAttribute ActionForm form, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, "redirect", form, "exchanges.notice.redirected", (editor, version, errors) -> {
            Long city = null;
            if (form.redirectCity() != null && !form.redirectCity().isBlank()) {
                Optional<Place> found = places.resolve(form.redirectCity());
                if (found.isEmpty()) {
                    throw InvalidEntryException.of("redirect_place", "exchanges.error.unknownReference", form.redirectCity().strip());
                }
                city = found.get().id();
            }
            workflow.redirect(id, version, new Answer(form.note(), city, form.redirectContact()), editor);
        }, locale, model, response, redirect);
    }

    @PostMapping("/exchanges/{id:\\d+}/arrange")
    String arrange(@PathVariable long id, @ModelAttribute ActionForm form, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, "arrange", form, "exchanges.notice.arranged", (editor, version, errors) -> {
            var arrangement = form.arrangement(errors);
            if (!errors.isEmpty()) {
                throw new InvalidEntryException(errors);
            }
            workflow.arrange(id, version, arrangement, editor);
        }, locale, model, response, redirect);
    }

    /** @param action the form the step was sent from: its fields show the step's errors */
    private String step(long id, String action, ActionForm form, String notice, Step step, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Editor editor = currentEditor.get().orElseThrow(() -> new AccessDeniedException("Sign in to answer an exchange"));
        Exchange exchange = workflow.find(id, Optional.of(editor)).orElseThrow(() -> new RecordNotFoundException("exchange", id));
        int version = form.version() == null ? exchange.version() : form.version();
        try {
            step.run(editor, version, new ArrayList<>());
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/exchanges/" + id;
        } catch (InvalidEntryException e) {
            response.setStatus(422);
            model.addAttribute("failedAction", action);
            Exchange now = workflow.find(id, Optional.of(editor)).orElseThrow();
            return views.detail(now, editor, locale, form, fieldMessages.byField(e.errors(), locale), model);
        } catch (ConcurrentEditException e) {
            response.setStatus(409);
            model.addAttribute("conflict", true);
            Exchange now = workflow.find(id, Optional.of(editor)).orElseThrow();
            return views.detail(now, editor, locale, ActionForm.empty(now.version()), Map.of(), model);
        }
    }
}
