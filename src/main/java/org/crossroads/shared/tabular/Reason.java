package org.crossroads.shared.tabular;

import java.util.Arrays;
import java.util.List;

/**
 * Every reason the tabular library gives for rejecting a file or a cell: a message key the interface
 * translates, and the English text used until it does (a {@link java.text.MessageFormat} pattern).
 * Keeping them in one place lets the message bundles be checked against this list.
 */
public enum Reason {

    FILE_TOO_LARGE("import.file.tooLarge", "The file is larger than the limit of {0} MB."),
    FILE_UNPACKS_TOO_LARGE("import.file.unpacksTooLarge", "The XLSX file unpacks to more than {0} MB, the limit."),
    TOO_MANY_ROWS("import.file.tooManyRows", "The file has more than {0, plural, one{# row} other{# rows}}, the limit."),
    TOO_MANY_COLUMNS("import.file.tooManyColumns", "Row {0} has more than {1, plural, one{# column} other{# columns}}, the limit."),
    CELL_TOO_LONG("import.file.cellTooLong", "Row {0}, column {1}: the cell holds more than {2, plural, one{# character} other{# characters}}, the limit."),
    EMPTY_FILE("import.file.empty", "The file is empty: it has no header row."),
    DUPLICATE_COLUMN("import.file.duplicateColumn", "The column \u201c{0}\u201d appears more than once in the header row."),
    UNNAMED_COLUMN("import.file.unnamedColumn", "Row {0} has a value in column {1}, which has no name in the header row."),
    HXL_WITHOUT_NAMES("import.file.hxlWithoutNames",
            "The first row holds HXL hashtags but no column names. Add a row of column names above it."),
    HXL_UNKNOWN("import.file.hxlUnknown", "The HXL hashtag \u201c{0}\u201d does not match any column of this import."),
    OLD_EXCEL("import.file.oldExcel", "Old Excel files (.xls) and password-protected workbooks cannot be read. Save the file as XLSX or CSV, without a password."),
    NOT_XLSX("import.file.notXlsx", "The file is not a readable XLSX workbook ({0})."),
    NO_SHEET("import.file.noSheet", "The workbook has no sheet."),
    UNREADABLE("import.file.unreadable", "The file cannot be read ({0})."),
    GEOJSON_MALFORMED("import.file.geojsonMalformed", "The file is not valid JSON: at line {0}, column {1}: {2}"),
    GEOJSON_NOT_COLLECTION("import.file.geojsonNotCollection",
            "The file is not a GeoJSON FeatureCollection: its \u201ctype\u201d is \u201c{0}\u201d. "
                    + "Put the features in the \u201cfeatures\u201d list of a FeatureCollection."),
    GEOJSON_NO_FEATURES("import.file.geojsonNoFeatures", "The FeatureCollection has no \u201cfeatures\u201d list."),
    GEOJSON_TOO_MANY_FEATURES("import.file.geojsonTooManyFeatures", "The file has more than {0, plural, one{# feature} other{# features}}, the limit."),
    GEOJSON_TOO_MANY_PROPERTIES("import.file.geojsonTooManyProperties",
            "Feature {0} brings the number of different properties above {1, plural, one{# property} other{# properties}}, the limit."),
    GEOJSON_VALUE_TOO_LONG("import.file.geojsonValueTooLong",
            "Feature {0}, property \u201c{1}\u201d: the value holds more than {2, plural, one{# character} other{# characters}}, the limit."),

    REQUIRED("import.error.required", "A value is required."),
    FORMULA_WITHOUT_RESULT("import.error.formulaWithoutResult",
            "The cell holds a formula without a stored result (the program that wrote the file did not calculate it). "
                    + "Open the file in a spreadsheet program, let it recalculate and save it, or replace the formula by its value."),
    MISSING_COLUMN("import.error.missingColumn", "The required column \u201c{0}\u201d is missing."),
    UNKNOWN_COLUMN("import.error.unknownColumn",
            "The column \u201c{0}\u201d is not part of this import format, so its values would be lost."),
    TOO_LONG("import.error.tooLong", "The text has {0, plural, one{# character} other{# characters}}; at most {1} are allowed."),
    DATE("import.error.date", "\u201c{0}\u201d is not a date. Write 2021, 2021-06, 2021-06-15 or 15/06/2021."),
    YEAR_RANGE("import.error.yearRange", "\u201c{0}\u201d: the year must be between {1} and {2}."),
    PERIOD("import.error.period", "The end date {1} is before the start date {0}."),
    DECIMAL("import.error.decimal", "\u201c{0}\u201d is not a number."),
    INTEGER("import.error.integer", "\u201c{0}\u201d is not a whole number."),
    RANGE("import.error.range", "\u201c{0}\u201d is not between {1} and {2}."),
    BOOL("import.error.bool", "\u201c{0}\u201d is not yes or no. Write yes, no, true, false, 1 or 0."),
    URL("import.error.url", "\u201c{0}\u201d is not a web address starting with http:// or https://."),
    COUNTRY("import.error.country",
            "\u201c{0}\u201d is not a country. Write an ISO 3166-1 code such as TN, or the country name."),
    DUPLICATE_KEY("import.error.duplicateKey",
            "{0} \u201c{1}\u201d is also on row {2}: a file may give each record only once, so neither row is stored."),
    VOCABULARY("import.error.vocabulary", "\u201c{0}\u201d is not a known value of \u201c{1}\u201d. Accepted values: {2}."),
    GEOJSON_NOT_FEATURE("import.error.geojsonNotFeature",
            "This element of the \u201cfeatures\u201d list is not a Feature (its type is \u201c{0}\u201d)."),
    GEOJSON_PROPERTIES("import.error.geojsonProperties",
            "The \u201cproperties\u201d of a feature must be an object of names and values."),
    GEOJSON_UNNAMED_PROPERTY("import.error.geojsonUnnamedProperty", "A property without a name holds a value."),
    GEOJSON_DUPLICATE_PROPERTY("import.error.geojsonDuplicateProperty",
            "The feature has the property \u201c{0}\u201d twice (names are compared ignoring case, spaces and hyphens)."),
    GEOJSON_NESTED_VALUE("import.error.geojsonNestedValue",
            "The property holds an object or a list of lists; only text, numbers, true or false, and lists of them "
                    + "can be imported."),
    GEOJSON_NOT_POINT("import.error.geojsonNotPoint", "The geometry is a {0}; only Point geometries can be imported."),
    GEOJSON_COORDINATES("import.error.geojsonCoordinates",
            "The coordinates of a Point must be two numbers: [longitude, latitude]."),
    GEOJSON_LONGITUDE("import.error.geojsonLongitude",
            "The longitude {0} is not between -180 and 180. GeoJSON writes [longitude, latitude]: check the order."),
    GEOJSON_LATITUDE("import.error.geojsonLatitude",
            "The latitude {0} is not between -90 and 90. GeoJSON writes [longitude, latitude]: check the order."),
    GEOJSON_COORDINATE_CONFLICT("import.error.geojsonCoordinateConflict",
            "The property \u201c{0}\u201d differs from the Point geometry ({1}). Give the coordinates once.");

    private final String key;
    private final String english;

    Reason(String key, String english) {
        this.key = key;
        this.english = english;
    }

    public String key() {
        return key;
    }

    /** The English pattern, with {@code {0}}-style placeholders. */
    public String english() {
        return english;
    }

    /** This reason with its arguments filled in; arguments are kept as text so no locale formats them. */
    public Message with(Object... arguments) {
        return new Message(key, english, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    static List<Reason> all() {
        return List.of(values());
    }
}
