package org.crossroads.shared.upload;

/** An account asked for one more import than it may run at a time; pages answer 429 with {@link #MESSAGE}. */
public class TooManyImportsException extends RuntimeException {

    /** Message key (shared.properties); its argument is the limit. */
    public static final String MESSAGE = "upload.tooManyImports";

    private final int limit;

    TooManyImportsException(String account, int limit) {
        super("Account " + account + " already runs " + limit + " imports, the most allowed at a time");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
