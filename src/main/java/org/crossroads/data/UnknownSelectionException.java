package org.crossroads.data;

/**
 * A selection of analytics names something that does not exist: an indicator, dimension, category,
 * place or network. Pages say which in the reader's language; the API answers 400 with the message.
 *
 * @see DataAnalytics
 */
public class UnknownSelectionException extends IllegalArgumentException {

    private final String kind;
    private final String value;

    /** @param kind indicator, dimension, category, place or network */
    public UnknownSelectionException(String kind, String value) {
        super("Unknown " + kind + " " + value);
        this.kind = kind;
        this.value = value;
    }

    public String kind() {
        return kind;
    }

    public String value() {
        return value;
    }
}
