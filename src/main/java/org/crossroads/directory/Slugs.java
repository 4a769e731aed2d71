package org.crossroads.directory;

import java.util.Locale;
import org.crossroads.shared.vocabulary.MatchKey;

/** External ids made from names: {@code place:kanifing}, {@code org:mc2cm}. */
final class Slugs {

    private Slugs() {
    }

    static String of(String name) {
        String slug = MatchKey.of(name).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "entry" : slug.toLowerCase(Locale.ROOT);
    }
}
