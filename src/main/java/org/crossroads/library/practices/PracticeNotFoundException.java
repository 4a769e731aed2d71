package org.crossroads.library.practices;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No practice with this id, or a proposal the reader may not see (not found rather than forbidden: no hint it exists). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PracticeNotFoundException extends RuntimeException {

    public PracticeNotFoundException(long id) {
        super("No practice " + id);
    }
}
