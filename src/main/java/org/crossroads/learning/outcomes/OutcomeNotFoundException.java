package org.crossroads.learning.outcomes;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No outcome statement with this id, or none that the reader may see. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OutcomeNotFoundException extends RuntimeException {

    public OutcomeNotFoundException(long id) {
        super("No outcome statement " + id);
    }
}
