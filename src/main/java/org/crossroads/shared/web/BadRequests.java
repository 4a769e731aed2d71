package org.crossroads.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Bad input to any controller, answered the same way everywhere: a value that does not convert to the
 * parameter's type (text for a number, a number out of range, an unknown enum value, an impossible date), a
 * missing parameter or file, a form that is not multipart or not well formed. A request parameter or form
 * field at fault gets 400 naming it; a path variable that cannot be an id gets 404, as an unknown id does.
 * Pages get the error page in the reader's language, the API a problem in JSON ({@link ErrorResponses}).
 * An unknown record, or one the reader may not see, is a {@link RecordNotFoundException} in every module: 404 with
 * the same page or problem. Modules keep their own advice only for exceptions of their own (a frozen version).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class BadRequests {

    private final ErrorResponses responses;

    BadRequests(ErrorResponses responses) {
        this.responses = responses;
    }

    @ExceptionHandler(BadParameterException.class)
    ModelAndView badParameter(BadParameterException e, HttpServletRequest request, Locale locale) {
        return responses.answer(request, HttpStatus.BAD_REQUEST, e.parameter(), "error.400.parameter", e.getMessage(), locale);
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ModelAndView notFound(RecordNotFoundException e, HttpServletRequest request, Locale locale) {
        ModelAndView answer = responses.answer(request, HttpStatus.NOT_FOUND, null, null, e.getMessage(), locale);
        // the page says "Not found" (a record), not "Page not found" (an address)
        answer.addObject("recordNotFound", true);
        return answer;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request, Locale locale) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return responses.answer(request, HttpStatus.NOT_FOUND, null, null, locale);
        }
        return responses.answer(request, HttpStatus.BAD_REQUEST, e.getName(), "error.400.parameter", locale);
    }

    @ExceptionHandler(TypeMismatchException.class)
    ModelAndView otherTypeMismatch(TypeMismatchException e, HttpServletRequest request, Locale locale) {
        return responses.answer(request, HttpStatus.BAD_REQUEST, e.getPropertyName(),
                e.getPropertyName() == null ? null : "error.400.parameter", locale);
    }

    @ExceptionHandler(BindException.class)
    ModelAndView binding(BindException e, HttpServletRequest request, Locale locale) {
        FieldError field = e.getFieldError();
        return responses.answer(request, HttpStatus.BAD_REQUEST, field == null ? null : field.getField(),
                field == null ? null : "error.400.parameter", locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e, HttpServletRequest request, Locale locale) {
        return responses.answer(request, HttpStatus.BAD_REQUEST, e.getParameterName(), "error.400.missing", locale);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ModelAndView missingPart(MissingServletRequestPartException e, HttpServletRequest request, Locale locale) {
        return responses.answer(request, HttpStatus.BAD_REQUEST, e.getRequestPartName(), "error.400.missing", locale);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, Locale locale) {
        return responses.answer(request, HttpStatus.CONTENT_TOO_LARGE, null, null, locale);
    }

    /** Also "not a multipart request" when a handler expects a file and gets an ordinary form. */
    @ExceptionHandler(MultipartException.class)
    ModelAndView malformedForm(MultipartException e, HttpServletRequest request, Locale locale) {
        return responses.answer(request, HttpStatus.BAD_REQUEST, null, "error.400.multipart", locale);
    }
}
