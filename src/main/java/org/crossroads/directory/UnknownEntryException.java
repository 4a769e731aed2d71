package org.crossroads.directory;

/** No place, organisation, membership or partnership has this id (or it is not visible to the reader). */
public class UnknownEntryException extends RuntimeException {

    public UnknownEntryException(String recordType, long id) {
        super("No " + recordType + " with id " + id);
    }
}
