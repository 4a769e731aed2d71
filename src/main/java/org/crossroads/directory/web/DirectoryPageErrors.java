package org.crossroads.directory.web;

import java.util.Locale;
import org.crossroads.directory.UnknownEntryException;
import org.crossroads.shared.web.Languages;
import org.springframework.ui.Model;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An unknown city or organisation gets the directory's "not found" page with status 404. */
@ControllerAdvice(assignableTypes = {CityPages.class, CityForms.class, OrganisationPages.class, OrganisationForms.class})
class DirectoryPageErrors {

    @ExceptionHandler(UnknownEntryException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Locale locale, Model model) {
        model.addAttribute("textDirection", Languages.isRightToLeft(locale) ? "rtl" : "ltr");
        return "directory/not-found";
    }
}
