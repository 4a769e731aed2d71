package org.crossroads.commitments;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No framework, signature, pledge, recommendation or reporting link with this id, or none this reader may see: both
 * answer 404, so that a restricted record is not revealed.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CommitmentNotFoundException extends RuntimeException {

    public CommitmentNotFoundException(String record, long id) {
        super("No " + record + " " + id);
    }
}
