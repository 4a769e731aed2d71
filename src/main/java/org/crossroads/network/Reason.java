package org.crossroads.network;

import java.util.List;

/**
 * One reason in words, as a message key and its arguments; an argument that is a {@link Label} is a
 * vocabulary code shown in the reader's language, one that is a {@link org.crossroads.shared.vocabulary.LocalText} is
 * written in the reader's language.
 */
public record Reason(String key, List<Object> args) {

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String key, Object... args) {
        return new Reason(key, List.of(args));
    }

    /** A vocabulary code to be written as its label. */
    public record Label(String vocabulary, String code) {}
}
