package org.crossroads.shared.web;

/**
 * A request parameter (or form field, or path variable) has a value the application cannot use. Answered
 * with 400 naming the parameter, as a page or as an API problem ({@link BadRequests}); throw it from any module.
 */
public class BadParameterException extends RuntimeException {

    private final String parameter;

    public BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
