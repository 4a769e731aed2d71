package org.crossroads.directory;

import java.util.Map;
import java.util.TreeMap;

/** Writes a flat map of strings as a JSON object, for the jsonb translation columns. */
final class Json {

    private Json() {
    }

    static String object(Map<String, String> values) {
        StringBuilder json = new StringBuilder("{");
        new TreeMap<>(values).forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, key).append(':');
            string(json, value);
        });
        return json.append('}').toString();
    }

    private static StringBuilder string(StringBuilder json, String s) {
        json.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
