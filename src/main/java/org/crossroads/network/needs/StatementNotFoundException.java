package org.crossroads.network.needs;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No need or offer with this id, or none the reader may see (a private one is not found for the others). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class StatementNotFoundException extends RuntimeException {

    public StatementNotFoundException(String kind, long id) {
        super("No " + kind + " " + id);
    }
}
