package org.crossroads.indexes.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One builder form as the page shows it: its values (as stored, or as typed when it was rejected) and its
 * error lines by field, already in the reader's language.
 */
record FormState(Map<String, String> values, Map<String, List<String>> errors) {

    FormState {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
    }

    static FormState of(Map<String, String> values) {
        return new FormState(values, Map.of());
    }

    /** The field's value, "" when none. */
    public String v(String field) {
        return values.getOrDefault(field, "");
    }

    public List<String> e(String field) {
        return errors.getOrDefault(field, List.of());
    }

    public boolean invalid(String field) {
        return errors.containsKey(field);
    }

    public boolean checked(String field) {
        return !v(field).isEmpty();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Error lines of the fields the form shows, by field: what its error summary links to their messages. */
    public Map<String, List<String>> placed(List<String> shownFields) {
        Map<String, List<String>> placed = new LinkedHashMap<>();
        errors.forEach((field, lines) -> {
            if (shownFields.contains(field)) {
                placed.put(field, lines);
            }
        });
        return placed;
    }

    /** Error lines of fields the form has no place for. */
    public List<String> others(List<String> shownFields) {
        return errors.entrySet().stream().filter(e -> !shownFields.contains(e.getKey())).flatMap(e -> e.getValue().stream())
                .toList();
    }
}
