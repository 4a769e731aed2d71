package org.crossroads.shared.translation.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.crossroads.shared.translation.TranslationGaps;
import org.crossroads.shared.web.Languages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * For signed-in editors (the path is secured): what is not yet translated into a language, kind by kind, the most
 * recently changed first, each linked to its page (issue 12 §2).
 */
@Controller
class TranslationGapsController {

    private static final int SHOWN = 50;

    private final List<TranslationGaps> kinds;

    TranslationGapsController(List<TranslationGaps> kinds) {
        this.kinds = kinds.stream().sorted(Comparator.comparingInt(TranslationGaps::order)).toList();
    }

    /** One kind's gaps on the page. */
    record Section(String kind, TranslationGaps.Gaps gaps) {}

    @GetMapping("/translations")
    String gaps(@RequestParam(required = false) String language, Locale locale, Model model) {
        // the language asked, else the reader's own, else French (English is what most records are written in)
        String into = language != null && Languages.CODES.contains(language) ? language
                : "en".equals(Languages.supportedOrEnglish(locale).getLanguage()) ? "fr" : locale.getLanguage();
        model.addAttribute("language", into);
        model.addAttribute("languages", Languages.CODES);
        model.addAttribute("sections", kinds.stream().map(k -> new Section(k.kind(), k.missing(into, SHOWN))).toList());
        model.addAttribute("shown", SHOWN);
        return "shared/translations";
    }
}
