package org.crossroads.shared.tabular;

/**
 * The file as a whole cannot be read: wrong format, corrupt, or past one of the {@link TabularLimits}.
 * Its message is English; {@link #reason()} carries the key and arguments for translation.
 */
public class TabularFormatException extends RuntimeException {

    private final transient Message reason;

    public TabularFormatException(Message reason) {
        super(reason.text());
        this.reason = reason;
    }

    public TabularFormatException(Message reason, Throwable cause) {
        super(reason.text(), cause);
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}
