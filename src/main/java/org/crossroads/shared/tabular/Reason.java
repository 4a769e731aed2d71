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
    TOO_MANY_ROWS("import.file.tooManyRows", "The file has more than {0} rows, the limit."),
    TOO_MANY_COLUMNS("import.file.tooManyColumns", "Row {0} has more than {1} columns, the limit."),
    CELL_TOO_LONG("import.file.cellTooLong", "Row {0}, column {1}: the cell holds more than {2} characters, the limit."),
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

    REQUIRED("import.error.required", "A value is required."),
    MISSING_COLUMN("import.error.missingColumn", "The required column \u201c{0}\u201d is missing."),
    UNKNOWN_COLUMN("import.error.unknownColumn",
            "The column \u201c{0}\u201d is not part of this import format, so its values would be lost."),
    TOO_LONG("import.error.tooLong", "The text has {0} characters; at most {1} are allowed."),
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
    VOCABULARY("import.error.vocabulary", "\u201c{0}\u201d is not a known value of \u201c{1}\u201d.");

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
        return new Message(this, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    static List<Reason> all() {
        return List.of(values());
    }
}
