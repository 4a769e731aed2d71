package org.crossroads.library.practices;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Compares the names of practices as the sources write them: without accents, case, punctuation or extra spaces,
 * so that "Gabriel Péri Square" and "gabriel peri square" are one name.
 */
final class PracticeNames {

    private PracticeNames() {
    }

    static String key(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Whether {@code text} (an outcome's "inspired by practice") names this practice by one of its names. */
    static boolean names(Practice p, String text) {
        String k = key(text);
        return !k.isEmpty() && p.names().stream().map(PracticeNames::key).anyMatch(k::equals);
    }
}
