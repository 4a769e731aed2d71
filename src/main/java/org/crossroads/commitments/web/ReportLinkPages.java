package org.crossroads.commitments.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.commitments.EvidenceDraft;
import org.crossroads.commitments.Pledge;
import org.crossroads.commitments.PledgeStatus;
import org.crossroads.commitments.ReportingRounds;
import org.crossroads.commitments.ReportingRounds.LinkState;
import org.crossroads.commitments.StatusDraft;
import org.crossroads.directory.PlaceNames;
import org.crossroads.shared.validation.FieldMessages;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A city reports on its pledges through its personal link: no account, one phone-sized page without JavaScript, in the
 * language of its invitation unless it picks another; every pledge at once, all or nothing. A spent link answers 409,
 * a closed round's 410, any other 404 (decision 0006), as survey links do.
 */
@Controller
class ReportLinkPages {

    private final ReportingRounds rounds;
    private final CommitmentViews views;
    private final PlaceNames placeNames;
    private final FieldMessages fieldMessages;

    ReportLinkPages(ReportingRounds rounds, CommitmentViews views, PlaceNames placeNames, FieldMessages fieldMessages) {
        this.rounds = rounds;
        this.views = views;
        this.placeNames = placeNames;
        this.fieldMessages = fieldMessages;
    }

    /** A pledge on the form, with what the city typed (or its current status and today). */
    record Row(CommitmentViews.PledgeSummary pledge, Map<String, String> values) {}

    @GetMapping("/report/{token}")
    String show(@PathVariable String token, @RequestParam(required = false) String lang, HttpServletResponse response,
            Locale locale, Model model) {
        ReportingRounds.OpenLink link = rounds.link(token);
        if (link.state() != LinkState.OPEN) {
            return state(link.state(), response, model);
        }
        if (lang == null && !locale.getLanguage().equals(link.invitation().language())) {
            // the page opens in the language the city was written to; the language menu still offers the others
            return "redirect:/report/" + token + "?lang=" + link.invitation().language();
        }
        return form(token, link, Map.of(), Map.of(), locale, model);
    }

    @PostMapping("/report/{token}")
    String submit(@PathVariable String token, @RequestParam Map<String, String> posted, Locale locale,
            HttpServletResponse response, Model model) {
        ReportingRounds.OpenLink link = rounds.link(token);
        if (link.state() != LinkState.OPEN) {
            return state(link.state(), response, model);
        }
        Map<Long, StatusDraft> reported = new LinkedHashMap<>();
        for (Pledge p : link.pledges()) {
            String prefix = "p" + p.id() + ".";
            if (!posted.containsKey(prefix + "status")) {
                continue;
            }
            reported.put(p.id(), new StatusDraft(posted.get(prefix + "status"), posted.get(prefix + "on"),
                    posted.getOrDefault("language", locale.getLanguage()), posted.get(prefix + "note"), Map.of(),
                    new EvidenceDraft(Lines.ofCommas(posted.get(prefix + "initiatives")), List.of(),
                            Lines.ofCommas(posted.get(prefix + "documents")), Lines.of(posted.get(prefix + "dataValues")),
                            Lines.of(posted.get(prefix + "links"))), null));
        }
        try {
            LinkState state = rounds.submit(token, reported);
            if (state != LinkState.OPEN) {
                return state(state, response, model);
            }
            model.addAttribute("messageKey", "commitments.report.thanks");
            return "shared/link-message";
        } catch (InvalidEntryException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(token, link, posted, fieldMessages.byField(e.errors(), locale), locale, model);
        }
    }

    private String form(String token, ReportingRounds.OpenLink link, Map<String, String> posted,
            Map<String, List<String>> errors, Locale locale, Model model) {
        List<CommitmentViews.PledgeSummary> summaries = views.pledgeSummaries(link.pledges(), locale);
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < link.pledges().size(); i++) {
            Pledge p = link.pledges().get(i);
            String prefix = "p" + p.id() + ".";
            Map<String, String> values = new LinkedHashMap<>();
            values.put("status", posted.getOrDefault(prefix + "status", p.status().code()));
            values.put("on", posted.getOrDefault(prefix + "on", java.time.LocalDate.now().toString()));
            for (String field : List.of("note", "initiatives", "documents", "dataValues", "links")) {
                values.put(field, posted.getOrDefault(prefix + field, ""));
            }
            rows.add(new Row(summaries.get(i), values));
        }
        model.addAttribute("token", token);
        model.addAttribute("rows", rows);
        model.addAttribute("city", placeNames.in(link.city(), locale));
        model.addAttribute("framework", link.framework().title(locale));
        model.addAttribute("cycle", views.cycle(link.cycle(), locale));
        model.addAttribute("round", link.round());
        model.addAttribute("closesOn", org.crossroads.commitments.PartialDate.day(link.round().closesOn()).format(locale));
        model.addAttribute("statuses", List.of(PledgeStatus.values()));
        model.addAttribute("errors", errors);
        return "commitments/report";
    }

    private static String state(LinkState state, HttpServletResponse response, Model model) {
        switch (state) {
            case REPORTED -> {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("messageKey", "commitments.report.already");
            }
            case CLOSED -> {
                response.setStatus(HttpServletResponse.SC_GONE);
                model.addAttribute("messageKey", "commitments.report.closed");
            }
            default -> {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                model.addAttribute("messageKey", "commitments.report.invalid");
            }
        }
        return "shared/link-message";
    }
}
