package org.crossroads.indexes.web;

import java.util.Locale;
import org.crossroads.indexes.FrozenVersionException;
import org.crossroads.indexes.SelfAssessmentIndexes;
import org.crossroads.shared.web.Languages;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A change to a published version is refused with a page that says why and what to do instead (409). */
@ControllerAdvice(assignableTypes = {IndexBuilderController.class, QuestionnaireBuilderController.class})
class BuilderErrors {

    private final SelfAssessmentIndexes indexes;
    private final IndexViews views;

    BuilderErrors(SelfAssessmentIndexes indexes, IndexViews views) {
        this.indexes = indexes;
        this.views = views;
    }

    @ExceptionHandler(FrozenVersionException.class)
    ModelAndView frozen(FrozenVersionException e, Locale locale) {
        ModelAndView page = new ModelAndView("indexes/frozen");
        page.setStatus(HttpStatus.CONFLICT);
        page.addObject("textDirection", Languages.isRightToLeft(locale) ? "rtl" : "ltr");
        page.addObject("number", e.number());
        page.addObject("indexCode", e.indexCode());
        indexes.findByCode(e.indexCode()).ifPresent(index -> page.addObject("index", views.index(index, locale)));
        return page;
    }
}
