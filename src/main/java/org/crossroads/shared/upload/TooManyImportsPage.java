package org.crossroads.shared.upload;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.crossroads.shared.web.Languages;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Any import refused because the account runs as many as it may answers 429 with a page naming the limit,
 * whichever module's page took the file.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class TooManyImportsPage {

    @ExceptionHandler(TooManyImportsException.class)
    @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
    String tooMany(TooManyImportsException e, HttpServletRequest request, Locale locale, Model model) {
        model.addAttribute("textDirection", Languages.isRightToLeft(locale) ? "rtl" : "ltr");
        model.addAttribute("limit", e.limit());
        // the form the file came from: confirming a checked file goes back to its report
        model.addAttribute("back", request.getRequestURI().replaceFirst("/(commit|confirm)$", ""));
        return "error/429";
    }
}
