package org.crossroads.library.search;

import java.util.ArrayList;
import java.util.List;

/**
 * One record found by the platform-wide search: its kind, id, title in the reader's language, the page that shows it,
 * and a passage with the matched words marked (empty when the kind has no text to show).
 */
public record SearchHit(String kind, long id, String title, String link, List<Segment> passage) {

    /** A piece of a passage, marked when it is a matched word. */
    public record Segment(String text, boolean marked) {}

    static final char START = '\u0001';
    static final char STOP = '\u0002';

    /** The passage as plain text with matched words between "**" (the API's form). */
    public String markedText() {
        StringBuilder b = new StringBuilder();
        passage.forEach(s -> b.append(s.marked() ? "**" + s.text() + "**" : s.text()));
        return b.toString();
    }

    /** Splits ts_headline's output (matches between {@link #START} and {@link #STOP}) into segments. */
    static List<Segment> segments(String headline) {
        List<Segment> segments = new ArrayList<>();
        if (headline == null || headline.isBlank()) {
            return segments;
        }
        StringBuilder current = new StringBuilder();
        boolean marked = false;
        for (char c : headline.toCharArray()) {
            if (c == START || c == STOP) {
                if (!current.isEmpty()) {
                    segments.add(new Segment(current.toString(), marked));
                    current.setLength(0);
                }
                marked = c == START;
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            segments.add(new Segment(current.toString(), marked));
        }
        return segments;
    }
}
