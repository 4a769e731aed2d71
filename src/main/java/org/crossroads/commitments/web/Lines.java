package org.crossroads.commitments.web;

import java.util.Arrays;
import java.util.List;

/** The entries of a text area, one per line (or separated by commas where a form says so), blanks left out. */
final class Lines {

    private Lines() {
    }

    static List<String> of(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<String> ofCommas(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String join(List<String> entries) {
        return String.join("\n", entries);
    }
}
