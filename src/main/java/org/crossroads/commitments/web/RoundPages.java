package org.crossroads.commitments.web;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.accounts.Editor;
import org.crossroads.commitments.Framework;
import org.crossroads.commitments.Frameworks;
import org.crossroads.commitments.ReportingRound;
import org.crossroads.commitments.ReportingRounds;
import org.crossroads.directory.Place;
import org.crossroads.directory.PlaceNames;
import org.crossroads.directory.Places;
import org.crossroads.shared.validation.FieldMessages;
import org.crossroads.shared.validation.InvalidEntryException;
import org.crossroads.shared.vocabulary.ShownText;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Opening a reporting round for a framework (the review, the closing day, a message, and which pledging cities to ask
 * at which address), following it (who reported, who was reminded) and closing it.
 */
@Controller
class RoundPages {

    private final ReportingRounds rounds;
    private final Frameworks frameworks;
    private final CommitmentViews views;
    private final Places places;
    private final PlaceNames placeNames;
    private final CurrentEditor currentEditor;
    private final FieldMessages fieldMessages;
    private final org.crossroads.commitments.CommitmentSettings settings;

    RoundPages(ReportingRounds rounds, Frameworks frameworks, CommitmentViews views, Places places, PlaceNames placeNames,
            CurrentEditor currentEditor, FieldMessages fieldMessages, org.crossroads.commitments.CommitmentSettings settings) {
        this.settings = settings;
        this.rounds = rounds;
        this.frameworks = frameworks;
        this.views = views;
        this.places = places;
        this.placeNames = placeNames;
        this.currentEditor = currentEditor;
        this.fieldMessages = fieldMessages;
    }

    /** A row of the form: a pledging city, whether it is asked, where and in which language. */
    record RecipientRow(long placeId, String city, int pledges, boolean asked, String email, String language) {}

    @GetMapping("/frameworks/{id:\\d+}/rounds/new")
    String form(@PathVariable long id, @RequestParam(required = false) Long cycle, Locale locale, Model model) {
        Editor editor = editor();
        Framework f = framework(id);
        List<RecipientRow> rows = new ArrayList<>();
        for (ReportingRounds.Candidate c : rounds.candidates(id, editor)) {
            rows.add(new RecipientRow(c.placeId(), cityName(c.placeId(), locale), c.pledges(), c.email() != null,
                    c.email() == null ? "" : c.email(), c.language()));
        }
        return form(f, cycle == null ? "" : String.valueOf(cycle), java.time.LocalDate.now().plusDays(settings.reportingLinkDays()).toString(), "",
                rows, Map.of(), locale, model);
    }

    @PostMapping("/frameworks/{id:\\d+}/rounds/new")
    String open(@PathVariable long id, @RequestParam Map<String, String> posted, Locale locale, Model model,
            RedirectAttributes redirect) {
        Editor editor = editor();
        Framework f = framework(id);
        List<ReportingRounds.Recipient> recipients = new ArrayList<>();
        List<RecipientRow> rows = new ArrayList<>();
        for (ReportingRounds.Candidate c : rounds.candidates(id, editor)) {
            boolean asked = posted.containsKey("ask[" + c.placeId() + "]");
            String email = posted.getOrDefault("email[" + c.placeId() + "]", "");
            String language = posted.getOrDefault("language[" + c.placeId() + "]", c.language());
            rows.add(new RecipientRow(c.placeId(), cityName(c.placeId(), locale), c.pledges(), asked, email, language));
            if (asked) {
                recipients.add(new ReportingRounds.Recipient(c.placeId(), email, language));
            }
        }
        try {
            long round = rounds.open(id, posted.get("cycle"), posted.get("closesOn"), posted.get("message"), recipients,
                    editor);
            redirect.addFlashAttribute("notice", "commitments.round.opened");
            return "redirect:/rounds/" + round;
        } catch (InvalidEntryException e) {
            return form(f, posted.getOrDefault("cycle", ""), posted.getOrDefault("closesOn", ""),
                    posted.getOrDefault("message", ""), rows, fieldMessages.byField(e.errors(), locale), locale, model);
        }
    }

    @GetMapping("/rounds/{id:\\d+}")
    String round(@PathVariable long id, Locale locale, Model model) {
        Editor editor = editor();
        ReportingRound round = rounds.round(id, editor);
        Framework f = framework(round.frameworkId());
        model.addAttribute("round", round);
        model.addAttribute("open", round.isOpen(java.time.LocalDate.now()));
        model.addAttribute("framework", views.summary(f, currentEditor.get(), locale));
        model.addAttribute("cycle", views.cycle(frameworks.cycle(round.cycleId()).orElseThrow(), locale));
        List<ReportingRound.Invitation> invitations = rounds.invitations(id, editor);
        model.addAttribute("invitations", invitations);
        model.addAttribute("cities", placeNames.in(places.findAll(invitations.stream()
                .map(ReportingRound.Invitation::placeId).toList()).values(), locale));
        model.addAttribute("reported", invitations.stream().filter(ReportingRound.Invitation::reported).count());
        return "commitments/round";
    }

    @PostMapping("/rounds/{id:\\d+}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        rounds.close(id, editor());
        redirect.addFlashAttribute("notice", "commitments.round.closed");
        return "redirect:/rounds/" + id;
    }

    private String form(Framework f, String cycle, String closesOn, String message, List<RecipientRow> rows,
            Map<String, List<String>> errors, Locale locale, Model model) {
        model.addAttribute("framework", f);
        model.addAttribute("frameworkTitle", f.title(locale));
        model.addAttribute("cycles", frameworks.cyclesOf(f).stream().map(c -> views.cycle(c, locale)).toList());
        model.addAttribute("cycle", cycle);
        model.addAttribute("closesOn", closesOn);
        model.addAttribute("message", message);
        model.addAttribute("rows", rows);
        model.addAttribute("errors", errors);
        model.addAttribute("languages", ShownText.LANGUAGES);
        model.addAttribute("rounds", rounds.rounds(f.id()));
        return "commitments/round-form";
    }

    private String cityName(long placeId, Locale locale) {
        return places.find(placeId).map((Place p) -> placeNames.in(p, locale)).orElse("#" + placeId);
    }

    private Framework framework(long id) {
        return frameworks.find(id).orElseThrow(() -> new RecordNotFoundException("framework", id));
    }

    private Editor editor() {
        return currentEditor.get().orElseThrow(() -> new AccessDeniedException("Sign in to run reporting rounds"));
    }

}
