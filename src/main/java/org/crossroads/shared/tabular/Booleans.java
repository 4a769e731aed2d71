package org.crossroads.shared.tabular;

import java.util.Map;
import java.util.Optional;
import org.crossroads.shared.vocabulary.MatchKey;

/** Yes and no in the four interface languages, as words, {@code 1}/{@code 0}, or a tick mark {@code x}. */
final class Booleans {

    private static final Map<String, Boolean> WORDS = Map.ofEntries(
            Map.entry("true", true), Map.entry("false", false), Map.entry("yes", true), Map.entry("no", false),
            Map.entry("y", true), Map.entry("n", false), Map.entry("1", true), Map.entry("0", false),
            Map.entry("x", true), Map.entry("oui", true), Map.entry("non", false), Map.entry("vrai", true),
            Map.entry("faux", false), Map.entry("si", true), Map.entry("verdadero", true), Map.entry("falso", false),
            Map.entry(MatchKey.of("نعم"), true), Map.entry(MatchKey.of("لا"), false));

    private Booleans() {
    }

    static Optional<Boolean> parse(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(WORDS.get(MatchKey.of(Digits.ascii(input))));
    }
}
