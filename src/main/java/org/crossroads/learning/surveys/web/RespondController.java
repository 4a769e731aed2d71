package org.crossroads.learning.surveys.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.learning.surveys.SurveyAnswering.LinkState;
import org.crossroads.learning.surveys.SurveyAnswering;
import org.crossroads.shared.validation.FieldMessages;
import org.crossroads.shared.validation.InvalidEntryException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A participant answers a survey through their personal link: no account, a phone-sized page without
 * JavaScript, in the language of their invitation unless they pick another.
 */
@Controller
class RespondController {

    private final SurveyAnswering answering;
    private final LocaleResolver localeResolver;
    private final FieldMessages fieldMessages;

    RespondController(SurveyAnswering answering, LocaleResolver localeResolver, FieldMessages fieldMessages) {
        this.answering = answering;
        this.localeResolver = localeResolver;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/respond/{token}")
    String show(@PathVariable String token, @RequestParam(required = false) String lang, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        SurveyAnswering.OpenSurvey open = answering.open(token);
        if (open.state() != LinkState.OPEN) {
            return state(open.state(), response, model);
        }
        if (lang == null && open.language() != null) {
            localeResolver.setLocale(request, response, Locale.forLanguageTag(open.language()));
        }
        return form(token, open, Map.of(), Map.of(), model);
    }

    @PostMapping("/respond/{token}")
    String submit(@PathVariable String token, @RequestParam Map<String, String> posted, Locale locale,
            HttpServletResponse response, Model model) {
        try {
            LinkState state = answering.submit(token, posted);
            if (state == LinkState.OPEN) {
                model.addAttribute("messageKey", "learning.respond.thanks");
                return "shared/link-message";
            }
            return state(state, response, model);
        } catch (InvalidEntryException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(token, answering.open(token), posted, fieldMessages.byField(e.errors(), locale), model);
        }
    }

    private String form(String token, SurveyAnswering.OpenSurvey open, Map<String, String> posted,
            Map<String, List<String>> errors, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("survey", open);
        model.addAttribute("posted", posted);
        model.addAttribute("errors", errors);
        return "learning/respond";
    }

    private static String state(LinkState state, HttpServletResponse response, Model model) {
        switch (state) {
            case ANSWERED -> {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("messageKey", "learning.respond.answered");
            }
            case CLOSED -> {
                response.setStatus(HttpServletResponse.SC_GONE);
                model.addAttribute("messageKey", "learning.respond.closed");
            }
            default -> {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                model.addAttribute("messageKey", "learning.link.invalid");
            }
        }
        return "shared/link-message";
    }
}
