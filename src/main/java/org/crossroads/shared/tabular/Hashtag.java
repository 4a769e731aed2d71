package org.crossroads.shared.tabular;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Humanitarian Exchange Language hashtags ({@code #org +impl}). Two hashtags are the same when their
 * tag and set of attributes are, whatever the order, case or spacing of the attributes.
 */
final class Hashtag {

    private static final Pattern SHAPE = Pattern.compile("#\\p{Alpha}\\w*(\\s*\\+\\s*\\p{Alpha}\\w*)*");

    private Hashtag() {
    }

    static boolean looksLikeHashtag(String cell) {
        return SHAPE.matcher(cell.strip()).matches();
    }

    /** True when the row has at least one non-empty cell and every non-empty cell is a hashtag. */
    static boolean isHashtagRow(RawRow row) {
        return !row.isBlank() && row.cells().stream().filter(c -> c != null && !c.isBlank()).allMatch(Hashtag::looksLikeHashtag);
    }

    /** The canonical form: {@code #org +impl +name} and {@code #ORG+name+impl} give {@code #org+impl+name}. */
    static String key(String hashtag) {
        String[] parts = hashtag.replaceAll("\\s+", "").toLowerCase(Locale.ROOT).split("\\+");
        String attributes = Arrays.stream(parts).skip(1).filter(p -> !p.isEmpty()).distinct().sorted()
                .collect(Collectors.joining("+"));
        return attributes.isEmpty() ? parts[0] : parts[0] + "+" + attributes;
    }
}
