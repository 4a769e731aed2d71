package org.crossroads.indexes;

/**
 * A published (or retired) index version was asked to change: it is frozen, because cities' scores were
 * computed against it. A new draft version carries changes.
 */
public class FrozenVersionException extends RuntimeException {

    private final String indexCode;
    private final int number;

    public FrozenVersionException(String indexCode, int number, IndexVersion.Status status) {
        super("Version " + number + " of index " + indexCode + " is " + status.code() + " and cannot be changed;"
                + " create a new draft version to change the questionnaire");
        this.indexCode = indexCode;
        this.number = number;
    }

    public String indexCode() {
        return indexCode;
    }

    public int number() {
        return number;
    }
}
