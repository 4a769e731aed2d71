package org.crossroads.shared.tabular;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.crossroads.shared.web.MessagePatterns;
import org.springframework.context.MessageSourceResolvable;

/**
 * A reason (a message key and its English pattern) with its arguments. It is a {@link
 * MessageSourceResolvable}, so a page can translate it with {@code messageSource.getMessage(message,
 * locale)}; the English text is its default message. Reasons of this package are in {@link Reason};
 * modules report their own with {@link #of}.
 */
public record Message(String key, String english, List<String> arguments) implements MessageSourceResolvable {

    public Message {
        arguments = List.copyOf(arguments);
    }

    /** A module's own reason, e.g. {@code Message.of("inventory.error.unknownPlace", "No place \"{0}\".", ref)}. */
    public static Message of(String key, String englishPattern, Object... arguments) {
        return new Message(key, englishPattern, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The English text with the arguments filled in. */
    public String text() {
        return MessagePatterns.format(english, Locale.ENGLISH, arguments.toArray());
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return arguments.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return text();
    }

    @Override
    public String toString() {
        return text();
    }
}
