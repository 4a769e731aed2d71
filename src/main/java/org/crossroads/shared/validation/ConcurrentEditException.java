package org.crossroads.shared.validation;

/** Someone else saved the record after the editor opened it: their change must not be overwritten. */
public class ConcurrentEditException extends RuntimeException {

    private final String recordType;
    private final long id;

    public ConcurrentEditException(String recordType, long id) {
        super("The " + recordType + " " + id + " was changed by someone else");
        this.recordType = recordType;
        this.id = id;
    }

    public String recordType() {
        return recordType;
    }

    public long id() {
        return id;
    }
}
