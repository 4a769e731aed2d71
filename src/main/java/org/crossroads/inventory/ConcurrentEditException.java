package org.crossroads.inventory;

/** Someone else saved the record after the editor opened it: their change must not be overwritten. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(long id) {
        super("Initiative " + id + " was changed by someone else");
    }
}
