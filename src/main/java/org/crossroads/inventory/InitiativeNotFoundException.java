package org.crossroads.inventory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class InitiativeNotFoundException extends RuntimeException {

    public InitiativeNotFoundException(long id) {
        super("No initiative " + id);
    }
}
