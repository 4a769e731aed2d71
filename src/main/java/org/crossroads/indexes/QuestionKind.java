package org.crossroads.indexes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a question is answered, and so how its answer is scored (see {@link IndexScoring}). */
public enum QuestionKind {
    /** One option; its score. */
    SINGLE_CHOICE,
    /** Any number of options; the sum of their scores, at most 100. */
    MULTI_CHOICE,
    /** The option "yes" or "no"; its score. */
    YES_NO,
    /** A number; the score of the option (band) whose bounds contain it. */
    NUMBER_RANGE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<QuestionKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }

    public boolean isChoice() {
        return this != NUMBER_RANGE;
    }
}
