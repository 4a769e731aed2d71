package org.crossroads.directory.web;

import org.crossroads.directory.UnknownEntryException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An unknown id in the directory's API is a 404 problem. Bad parameters are answered for the whole
 * application by {@code shared.web.BadRequests}.
 */
@RestControllerAdvice(assignableTypes = DirectoryApi.class)
class DirectoryApiErrors {

    @ExceptionHandler(UnknownEntryException.class)
    ProblemDetail notFound(UnknownEntryException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }
}
