package org.crossroads.shared.tabular;

/** Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹) digits to ASCII, so numbers and dates parse alike. */
final class Digits {

    private Digits() {
    }

    static String ascii(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char mapped = c;
            if (c >= '\u0660' && c <= '\u0669') {
                mapped = (char) ('0' + (c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                mapped = (char) ('0' + (c - '\u06F0'));
            }
            if (mapped != c && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                out.append(mapped);
            }
        }
        return out == null ? text : out.toString();
    }
}
