package org.crossroads.commitments;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The module's JSON columns (translations, sources) and SQL arrays, read and written one way. */
final class Json {

    static final TypeReference<Map<String, Map<String, String>>> TRANSLATIONS = new TypeReference<>() {};
    static final TypeReference<List<Source>> SOURCES = new TypeReference<>() {};
    static final TypeReference<List<Framework.StatedCount>> STATED = new TypeReference<>() {};

    private final JsonMapper mapper;

    Json(JsonMapper mapper) {
        this.mapper = mapper;
    }

    Map<String, Map<String, String>> translations(String json) {
        return json == null ? Map.of() : mapper.readValue(json, TRANSLATIONS);
    }

    List<Source> sources(String json) {
        return json == null ? List.of() : mapper.readValue(json, SOURCES);
    }

    List<Framework.StatedCount> statedCounts(String json) {
        return json == null ? List.of() : mapper.readValue(json, STATED);
    }

    Source source(String json) {
        return json == null ? null : mapper.readValue(json, Source.class);
    }

    String write(Object value) {
        return value == null ? null : mapper.writeValueAsString(value);
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of()
                : Arrays.stream((Object[]) array.getArray()).map(o -> ((Number) o).longValue()).toList();
    }

    static List<Integer> integers(Array array) throws SQLException {
        return array == null ? List.of()
                : Arrays.stream((Object[]) array.getArray()).map(o -> ((Number) o).intValue()).toList();
    }
}
