package org.crossroads.library.practices.web;

/** The opening of a long text for a label: whole words, at most a given number of characters, "…" when cut. */
final class Excerpts {

    private Excerpts() {
    }

    static String of(String text, int most) {
        if (text == null) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= most) {
            return flat;
        }
        String cut = flat.substring(0, flat.offsetByCodePoints(0, most));
        int space = cut.lastIndexOf(' ');
        // cut at a word unless that loses most of the text (one very long word)
        return (space > most / 2 ? cut.substring(0, space) : cut).replaceAll("[\\s,;:.–-]+$", "") + "…";
    }
}
