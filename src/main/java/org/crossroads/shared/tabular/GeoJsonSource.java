package org.crossroads.shared.tabular;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection (RFC 7946) as rows, so that any import whose columns fit can take
 * map data: each feature is a row, its properties are the cells (names normalised like a header row;
 * HXL hashtags accepted as names), and a Point geometry fills the {@code latitude} and {@code longitude}
 * columns. Feature {@code n} is row {@code n + 1}: row 1 stays "the file as a whole", as the header row
 * is for a table, and {@link ImportReport#position} turns the row back into the feature's number.
 *
 * <p>The collection is streamed and each feature read as a small tree, so memory grows with the rows
 * kept, not with a document model of the whole file. What is wrong with one feature (a LineString, a
 * latitude of 95, a property holding an object) is a {@link Problem} of its row, so a dry run lists
 * every one; what makes the file unreadable (malformed JSON, with its line and column; not a
 * FeatureCollection; past a {@link TabularLimits limit}) refuses it with a {@link TabularFormatException}.
 */
final class GeoJsonSource {

    static final String LATITUDE = "latitude";
    static final String LONGITUDE = "longitude";
    /** The column that problems of a feature's geometry are reported on. */
    static final String GEOMETRY = "geometry";

    /** Styling properties of the simplestyle convention (geojson.io, GitHub): they describe no record. */
    private static final Set<String> STYLE_PROPERTIES = Set.of("marker-color", "marker-size", "marker-symbol", "stroke",
            "stroke-opacity", "stroke-width", "fill", "fill-opacity");
    private static final int MAX_NESTING = 32;
    private static final int MAX_NAME_CHARS = 1000;
    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                            .maxNameLength(MAX_NAME_CHARS).build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // each feature is read as a tree in the middle of the stream: what follows it is the next feature
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    record Result(List<String> columns, Map<String, String> hashtags, List<SourceRow> rows, List<Problem> problems) {
    }

    private final TabularLimits limits;
    private final Map<String, String> columnByHashtag = new HashMap<>();
    private final Set<String> columns = new LinkedHashSet<>();
    private final Map<String, String> hashtags = new LinkedHashMap<>();
    private final List<Map<String, String>> features = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private GeoJsonSource(Map<String, String> columnByHashtag, TabularLimits limits) {
        this.limits = limits;
        columnByHashtag.forEach((tag, column) -> this.columnByHashtag.put(Hashtag.key(tag), column));
    }

    /** True when the bytes start (after a byte order mark and white space) with a JSON object. */
    static boolean looksLikeJson(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 1024); i++) {
            int b = bytes[i] & 0xFF;
            boolean skipped = b == 0 || b == ' ' || b == '\t' || b == '\r' || b == '\n'
                    || b == 0xEF || b == 0xBB || b == 0xBF || b == 0xFE || b == 0xFF;
            if (!skipped) {
                return b == '{';
            }
        }
        return false;
    }

    static Result read(byte[] bytes, Map<String, String> columnByHashtag, TabularLimits limits) {
        GeoJsonSource source = new GeoJsonSource(columnByHashtag, limits);
        try (JsonParser parser = JSON.createParser(bytes)) {
            source.readCollection(parser);
        } catch (JacksonException e) {
            throw malformed(e);
        }
        return source.result();
    }

    private void readCollection(JsonParser parser) {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.START_OBJECT) {
            throw new TabularFormatException(Reason.GEOJSON_NOT_COLLECTION.with(describe(token)));
        }
        String type = null;
        boolean sawFeatures = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            token = parser.nextToken();
            if ("type".equals(name)) {
                type = token == JsonToken.VALUE_STRING ? parser.getString() : describe(token);
                if (!"FeatureCollection".equals(type)) {
                    throw new TabularFormatException(Reason.GEOJSON_NOT_COLLECTION.with(type));
                }
            } else if ("features".equals(name)) {
                if (token != JsonToken.START_ARRAY) {
                    throw new TabularFormatException(Reason.GEOJSON_NO_FEATURES.with());
                }
                readFeatures(parser);
                sawFeatures = true;
            } else {
                parser.skipChildren();
            }
        }
        if (parser.nextToken() != null) {
            TokenStreamLocation at = parser.currentLocation();
            throw new TabularFormatException(Reason.GEOJSON_MALFORMED.with(at.getLineNr(), at.getColumnNr(),
                    "content after the end of the FeatureCollection"));
        }
        if (type == null) {
            throw new TabularFormatException(Reason.GEOJSON_NOT_COLLECTION.with("\u2014"));
        }
        if (!sawFeatures) {
            throw new TabularFormatException(Reason.GEOJSON_NO_FEATURES.with());
        }
    }

    private void readFeatures(JsonParser parser) {
        int number = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            number++;
            if (number > limits.maxRows()) {
                throw new TabularFormatException(Reason.GEOJSON_TOO_MANY_FEATURES.with(limits.maxRows()));
            }
            features.add(feature(number, JSON.readTree(parser)));
        }
    }

    private Map<String, String> feature(int number, JsonNode feature) {
        int row = number + 1;
        Map<String, String> cells = new LinkedHashMap<>();
        if (feature == null || !feature.isObject() || !"Feature".equals(text(feature.get("type")))) {
            String type = feature == null ? "" : feature.isObject() ? text(feature.get("type"))
                    : feature.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
            problems.add(new Problem(row, "", Reason.GEOJSON_NOT_FEATURE.with(type.isEmpty() ? "\u2014" : type)));
            return cells;
        }
        JsonNode properties = feature.get("properties");
        if (properties != null && !properties.isNull() && !properties.isObject()) {
            problems.add(new Problem(row, "", Reason.GEOJSON_PROPERTIES.with()));
        } else if (properties != null && properties.isObject()) {
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                property(number, property.getKey(), property.getValue(), cells);
            }
        }
        JsonNode geometry = feature.get("geometry");
        if (geometry != null && !geometry.isNull()) {
            // the columns exist as soon as a feature has a geometry, so that a file of LineStrings is
            // reported feature by feature rather than as a file without coordinate columns
            columns.add(LATITUDE);
            columns.add(LONGITUDE);
            point(row, geometry, cells);
        }
        return cells;
    }

    private void property(int number, String name, JsonNode value, Map<String, String> cells) {
        if (STYLE_PROPERTIES.contains(name.strip().toLowerCase(java.util.Locale.ROOT))) {
            return;
        }
        int row = number + 1;
        String column = column(name);
        if (column.isEmpty()) {
            if (!cell(value).isEmpty()) {
                problems.add(new Problem(row, "", Reason.GEOJSON_UNNAMED_PROPERTY.with()));
            }
            return;
        }
        if (cells.containsKey(column)) {
            problems.add(new Problem(row, column, Reason.GEOJSON_DUPLICATE_PROPERTY.with(column)));
            return;
        }
        String text;
        if (value.isObject() || value.isArray() && value.values().stream().anyMatch(JsonNode::isContainer)) {
            problems.add(new Problem(row, column, Reason.GEOJSON_NESTED_VALUE.with()));
            text = "";
        } else {
            text = cell(value);
        }
        if (text.length() > limits.maxCellChars()) {
            throw new TabularFormatException(Reason.GEOJSON_VALUE_TOO_LONG.with(number, column, limits.maxCellChars()));
        }
        if (columns.add(column) && columns.size() > limits.maxColumns()) {
            throw new TabularFormatException(Reason.GEOJSON_TOO_MANY_PROPERTIES.with(number, limits.maxColumns()));
        }
        cells.put(column, text);
    }

    /** The column a property name stands for: an HXL hashtag of the import, else the normalised name. */
    private String column(String name) {
        String stripped = name.strip();
        if (Hashtag.looksLikeHashtag(stripped)) {
            String column = columnByHashtag.get(Hashtag.key(stripped));
            if (column != null) {
                hashtags.put(column, stripped);
                return column;
            }
        }
        return HeaderRow.normalise(stripped);
    }

    private void point(int row, JsonNode geometry, Map<String, String> cells) {
        String type = geometry.isObject() ? text(geometry.get("type")) : geometry.getNodeType().toString();
        if (!"Point".equals(type)) {
            problems.add(new Problem(row, GEOMETRY, Reason.GEOJSON_NOT_POINT.with(type.isEmpty() ? "\u2014" : type)));
            return;
        }
        JsonNode coordinates = geometry.get("coordinates");
        if (coordinates == null || !coordinates.isArray() || coordinates.size() < 2 || coordinates.size() > 3
                || !coordinates.get(0).isNumber() || !coordinates.get(1).isNumber()) {
            problems.add(new Problem(row, GEOMETRY, Reason.GEOJSON_COORDINATES.with()));
            return;
        }
        BigDecimal longitude = coordinates.get(0).decimalValue();
        BigDecimal latitude = coordinates.get(1).decimalValue();
        boolean inRange = true;
        if (longitude.abs().compareTo(MAX_LONGITUDE) > 0) {
            problems.add(new Problem(row, GEOMETRY, Reason.GEOJSON_LONGITUDE.with(longitude.toPlainString())));
            inRange = false;
        }
        if (latitude.abs().compareTo(MAX_LATITUDE) > 0) {
            problems.add(new Problem(row, GEOMETRY, Reason.GEOJSON_LATITUDE.with(latitude.toPlainString())));
            inRange = false;
        }
        if (inRange) {
            coordinate(row, LATITUDE, latitude, cells);
            coordinate(row, LONGITUDE, longitude, cells);
        }
    }

    /** The geometry's coordinate, unless a property of the same name already gave a different one. */
    private void coordinate(int row, String column, BigDecimal value, Map<String, String> cells) {
        String given = cells.get(column);
        if (given != null && !given.isBlank()) {
            BigDecimal property = Decimals.parse(given, java.util.Locale.ROOT).orElse(null);
            if (property == null || property.compareTo(value) != 0) {
                problems.add(new Problem(row, column, Reason.GEOJSON_COORDINATE_CONFLICT.with(column, value.toPlainString())));
            }
            return;
        }
        cells.put(column, value.toPlainString());
    }

    /** A scalar as a cell: text stripped, numbers as written, true/false; a list's items joined with "; ". */
    private static String cell(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : value.values()) {
                String text = cell(item);
                if (!text.isEmpty()) {
                    items.add(text);
                }
            }
            return String.join("; ", items);
        }
        if (value.isNumber()) {
            return value.decimalValue().toPlainString();
        }
        if (value.isBoolean()) {
            return Boolean.toString(value.booleanValue());
        }
        return value.isString() ? value.stringValue().strip() : "";
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : "";
    }

    private Result result() {
        List<String> names = List.copyOf(columns);
        List<SourceRow> rows = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String column : names) {
                values.put(column, features.get(i).getOrDefault(column, ""));
            }
            rows.add(new SourceRow(i + 2, values));
        }
        return new Result(names, hashtags, rows, problems);
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "\u2014";
        }
        return switch (token) {
            case START_ARRAY -> "list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> token.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** Malformed JSON or a parser limit, with the line and column where the parser stopped. */
    private static TabularFormatException malformed(JacksonException e) {
        TokenStreamLocation at = e.getLocation() == null ? TokenStreamLocation.NA : e.getLocation();
        String detail = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        int end = detail.indexOf('\n');
        detail = end < 0 ? detail : detail.substring(0, end);
        detail = detail.length() > 200 ? detail.substring(0, 200) + "…" : detail;
        return new TabularFormatException(Reason.GEOJSON_MALFORMED.with(Math.max(at.getLineNr(), 0),
                Math.max(at.getColumnNr(), 0), detail), e);
    }
}
