package org.crossroads.shared.help.web;

import org.crossroads.shared.web.RecordNotFoundException;
import java.util.Locale;
import org.crossroads.shared.help.Glossary;
import org.crossroads.shared.help.HelpTopics;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Help: the index of the parts, a page per part, and the glossary, public and in the reader's language. */
@Controller
class HelpController {

    private final HelpTopics topics;
    private final Glossary glossary;

    HelpController(HelpTopics topics, Glossary glossary) {
        this.topics = topics;
        this.glossary = glossary;
    }

    @GetMapping("/help")
    String index(Locale locale, Model model) {
        model.addAttribute("pages", HelpTopics.TOPICS.stream().map(t -> topics.page(t, locale)).flatMap(java.util.Optional::stream)
                .toList());
        return "shared/help-index";
    }

    @GetMapping("/help/glossary")
    String glossary(Locale locale, Model model) {
        model.addAttribute("terms", glossary.terms(locale));
        return "shared/glossary";
    }

    @GetMapping("/help/{topic:[a-z-]+}")
    String topic(@PathVariable String topic, Locale locale, Model model) {
        model.addAttribute("page", topics.page(topic, locale).orElseThrow(() -> new RecordNotFoundException("help page", topic)));
        return "shared/help";
    }
}
