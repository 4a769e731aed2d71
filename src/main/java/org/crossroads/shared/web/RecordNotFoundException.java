package org.crossroads.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No record of this kind with this id, or none the reader may see: both answer 404 (a page in the reader's language
 * or an API problem, through {@code ErrorPages}), so that a restricted record is not revealed. The one way every
 * module says "not found".
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

    private final String recordType;

    public RecordNotFoundException(String recordType, Object id) {
        super("No " + recordType + " " + id);
        this.recordType = recordType;
    }

    /** What was not found: initiative, event, pledge… */
    public String recordType() {
        return recordType;
    }
}
