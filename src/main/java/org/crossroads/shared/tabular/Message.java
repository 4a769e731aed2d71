package org.crossroads.shared.tabular;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSourceResolvable;

/**
 * A reason with its arguments. It is a {@link MessageSourceResolvable}, so a page can translate it with
 * {@code messageSource.getMessage(message, locale)} (or {@code #{…}} in Thymeleaf); the English text is
 * its default message until every bundle has the key.
 */
public record Message(Reason reason, List<String> arguments) implements MessageSourceResolvable {

    public Message {
        arguments = List.copyOf(arguments);
    }

    public String key() {
        return reason.key();
    }

    /** The English text with the arguments filled in. */
    public String text() {
        return new MessageFormat(reason.english(), Locale.ENGLISH).format(arguments.toArray());
    }

    @Override
    public String[] getCodes() {
        return new String[] {reason.key()};
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
