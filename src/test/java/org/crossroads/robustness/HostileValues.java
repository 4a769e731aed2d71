package org.crossroads.robustness;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The fixed set of hostile values sent to every route. Each has the form it takes in a URL (already
 * percent-encoded, so broken encodings reach the server as they are) and the raw bytes it takes in a
 * multipart part.
 */
final class HostileValues {

    /** One hostile value: a short label for the report, its URL form and its raw form. */
    record Value(String label, String encoded, byte[] raw) {

        static Value of(String label, String encoded, String raw) {
            return new Value(label, encoded, raw.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /**
     * Longer than any column or code the application stores, short enough that several fit in a request line
     * (Tomcat stops at 8 KB, with a 400 of its own).
     */
    private static final String LONG_IN_URL = "x".repeat(1_200);
    /** Sent in request bodies, where there is no header limit. */
    static final String LONG_IN_BODY = "y".repeat(100_000);

    static final List<Value> IN_URL = List.of(
            Value.of("NUL", "a%00b", "a\0b"),
            Value.of("overlong", LONG_IN_URL, LONG_IN_URL),
            Value.of("wrong type", "abc", "abc"),
            Value.of("huge number", "99999999999999999999", "99999999999999999999"),
            Value.of("negative", "-1", "-1"),
            Value.of("decimal", "1.5e308", "1.5e308"),
            Value.of("bad date", "2024-02-30", "2024-02-30"),
            Value.of("broken UTF-8 %C3%28", "%C3%28", "\u00c3("),
            Value.of("broken UTF-8 %FF", "%FF", "\u00ff"),
            Value.of("path traversal", "..%2F..%2F..%2Fetc%2Fpasswd", "../../../etc/passwd"),
            Value.of("empty", "", ""));

    static final List<Value> IN_BODY = List.of(
            Value.of("NUL", "a%00b", "a\0b"),
            Value.of("overlong", LONG_IN_BODY, LONG_IN_BODY),
            Value.of("wrong type", "abc", "abc"),
            Value.of("huge number", "99999999999999999999", "99999999999999999999"),
            Value.of("negative", "-1", "-1"),
            Value.of("bad date", "2024-02-30", "2024-02-30"),
            Value.of("broken UTF-8 %FF", "%FF", "\u00ff"),
            Value.of("path traversal", "..%2F..%2F..%2Fetc%2Fpasswd", "../../../etc/passwd"));

    private HostileValues() {
    }
}
