package org.crossroads.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.crossroads.shared.demo.Demonstration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Values that the page layout needs on every page: text direction, the language-switch links, and whether the
 * demonstration banner shows.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    private final MapSettings map;
    private final Demonstration demonstration;

    LayoutModel(MapSettings map, Demonstration demonstration) {
        this.map = map;
        this.demonstration = demonstration;
    }

    /** Whether the demonstration dataset is present: every page then says so. */
    @ModelAttribute("demonstrationPresent")
    boolean demonstrationPresent() {
        return demonstration.present();
    }

    @ModelAttribute("mapSettings")
    MapSettings mapSettings() {
        return map;
    }

    @ModelAttribute("textDirection")
    String textDirection(Locale locale) {
        return Languages.isRightToLeft(locale) ? "rtl" : "ltr";
    }

    @ModelAttribute("languageLinks")
    java.util.List<LanguageLink> languageLinks(HttpServletRequest request, Locale current) {
        return Languages.SUPPORTED.stream()
                .map(l -> new LanguageLink(l.getLanguage(), l.getDisplayLanguage(l),
                        ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", l.getLanguage())
                                .replaceQueryParam("page").build().toUriString()
                                .replaceFirst("^https?://[^/]+", ""),
                        l.getLanguage().equals(current.getLanguage())))
                .toList();
    }

    record LanguageLink(String code, String name, String href, boolean current) {}
}
