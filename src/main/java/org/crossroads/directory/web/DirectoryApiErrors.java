package org.crossroads.directory.web;

import org.crossroads.directory.UnknownEntryException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** API errors as RFC 9457 problem details: 400 naming the bad parameter, 404 for an unknown id. */
@RestControllerAdvice(assignableTypes = DirectoryApi.class)
class DirectoryApiErrors {

    @ExceptionHandler(BadParameterException.class)
    ProblemDetail badParameter(BadParameterException e) {
        return badRequest(e.parameter(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        if ("id".equals(e.getName())) {
            return notFound(null);
        }
        return badRequest(e.getName(), "'" + e.getValue() + "' is not a valid value of parameter " + e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return badRequest(e.getParameterName(), "Parameter " + e.getParameterName() + " is required");
    }

    @ExceptionHandler(UnknownEntryException.class)
    ProblemDetail notFound(UnknownEntryException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                e == null ? "No such entry" : e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    private static ProblemDetail badRequest(String parameter, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Bad parameter: " + parameter);
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
