package org.crossroads.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** One field whose value differs between two versions of a record. */
@org.springframework.modulith.NamedInterface("api")
public record FieldChange(String field, Object before, Object after) {

    static List<FieldChange> between(Map<String, Object> before, Map<String, Object> after) {
        var fields = new TreeSet<String>();
        fields.addAll(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            if ("version".equals(field)) {
                continue;
            }
            Object b = before.get(field);
            Object a = after.get(field);
            if (!Objects.equals(b, a)) {
                changes.add(new FieldChange(field, b, a));
            }
        }
        return changes;
    }
}
