package org.crossroads.learning.participants;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No participant with this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ParticipantNotFoundException extends RuntimeException {

    public ParticipantNotFoundException(long id) {
        super("No participant " + id);
    }
}
