package org.crossroads.learning.surveys.web;

import org.crossroads.shared.web.RecordNotFoundException;
import org.crossroads.learning.events.web.EventViews;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.learning.events.LearningEvent;
import org.crossroads.learning.events.LearningEvents;
import org.crossroads.learning.LearningPermissions;
import org.crossroads.learning.surveys.Survey;
import org.crossroads.learning.surveys.SurveyResults;
import org.crossroads.learning.surveys.SurveyRounds;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisers' survey pages of an event: rounds, sending, and the results with free texts. */
@Controller
class SurveyController {

    private final SurveyRounds rounds;
    private final SurveyResults results;
    private final SurveyTemplates templates;
    private final LearningEvents events;
    private final LearningPermissions permissions;
    private final EventViews eventViews;
    private final CurrentEditor currentEditor;
    private final FieldMessages fieldMessages;

    SurveyController(SurveyRounds rounds, SurveyResults results, SurveyTemplates templates, LearningEvents events,
            LearningPermissions permissions, EventViews eventViews, CurrentEditor currentEditor,
            FieldMessages fieldMessages) {
        this.rounds = rounds;
        this.results = results;
        this.templates = templates;
        this.events = events;
        this.permissions = permissions;
        this.eventViews = eventViews;
        this.currentEditor = currentEditor;
        this.fieldMessages = fieldMessages;
    }

    /**
     * @param open its links work today, so it may be sent
     * @param closed its closing day is past (else, when not open, it opens later)
     */
    record RoundRow(Survey survey, SurveyResults.Result counts, boolean open, boolean closed) {

        static RoundRow of(Survey survey, SurveyResults.Result counts, LocalDate today) {
            return new RoundRow(survey, counts, survey.isOpenOn(today), survey.isClosedOn(today));
        }
    }

    @GetMapping("/events/{id:\\d+}/surveys")
    String list(@PathVariable long id, Locale locale, Model model) {
        LearningEvent event = runnable(id);
        model.addAttribute("event", eventViews.of(event, locale));
        model.addAttribute("rounds", rounds.ofEvent(id).stream()
                .map(s -> RoundRow.of(s, results.of(s.id(), false), LocalDate.now())).toList());
        model.addAttribute("templates", templates.all().stream().filter(t -> t.kind().equals("feedback")).toList());
        return "learning/surveys";
    }

    @PostMapping("/events/{id:\\d+}/surveys")
    String create(@PathVariable long id, @RequestParam(required = false) Long template,
            @RequestParam(defaultValue = "false") boolean anonymous, RedirectAttributes redirect) {
        try {
            rounds.createFeedback(id, template, anonymous, editor());
            redirect.addFlashAttribute("notice", "learning.surveys.created");
        } catch (InvalidEntryException e) {
            redirect.addFlashAttribute("notice", e.errors().get(0).messageKey());
        }
        return "redirect:/events/" + id + "/surveys";
    }

    @PostMapping("/surveys/{surveyId:\\d+}/send")
    String send(@PathVariable long surveyId, Locale locale, RedirectAttributes redirect) {
        Survey survey = rounds.find(surveyId).orElseThrow(() -> new RecordNotFoundException("event", surveyId));
        try {
            redirect.addFlashAttribute("report", rounds.send(surveyId, editor()));
        } catch (InvalidEntryException e) {
            redirect.addFlashAttribute("sendErrors", fieldMessages.byField(e.errors(), locale).values().stream()
                    .flatMap(List::stream).toList());
        }
        return "redirect:/events/" + survey.eventId() + "/surveys";
    }

    @GetMapping("/surveys/{surveyId:\\d+}/results")
    String results(@PathVariable long surveyId, Locale locale, Model model) {
        Survey survey = rounds.find(surveyId).orElseThrow(() -> new RecordNotFoundException("event", surveyId));
        LearningEvent event = runnable(survey.eventId());
        model.addAttribute("event", eventViews.of(event, locale));
        model.addAttribute("result", results.of(surveyId, true));
        return "learning/survey-results";
    }

    private LearningEvent runnable(long eventId) {
        LearningEvent event = events.find(eventId).orElseThrow(() -> new RecordNotFoundException("event", eventId));
        if (!permissions.mayRunEvent(editor(), event)) {
            throw new AccessDeniedException("Not an organiser of event " + eventId);
        }
        return event;
    }

    private Editor editor() {
        return currentEditor.get().orElseThrow(() -> new AccessDeniedException("login required"));
    }
}
