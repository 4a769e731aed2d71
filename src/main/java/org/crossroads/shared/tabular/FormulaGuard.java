package org.crossroads.shared.tabular;

import java.util.regex.Pattern;

/**
 * Neutralises CSV formula injection: a spreadsheet runs a cell that starts with {@code = + - @}, a tab or
 * a carriage return as a formula (OWASP "CSV injection"), so such cells get a leading apostrophe, which
 * spreadsheets read as "this is text". Full-width forms of the same signs are treated alike because some
 * spreadsheets normalise them. A plain negative number such as {@code -12.5} is left alone: it cannot run
 * anything and a number column must stay numeric. {@link #restore} removes the apostrophe again on import,
 * so an exported file re-imports unchanged.
 */
public final class FormulaGuard {

    private static final String TRIGGERS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\d+([.,]\\d+)*");

    private FormulaGuard() {
    }

    /** The value as it is safe to write into a CSV cell. */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (!isTrigger(value.charAt(0)) || NEGATIVE_NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    /** True when a spreadsheet would treat the value as a formula (the XLSX export marks such cells as text). */
    public static boolean wouldRun(String value) {
        return value != null && !value.isEmpty() && isTrigger(value.charAt(0)) && !NEGATIVE_NUMBER.matcher(value).matches();
    }

    /** Undoes {@link #neutralise}: an apostrophe followed by a formula sign is dropped. */
    public static String restore(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && wouldRun(value.substring(1))) {
            return value.substring(1);
        }
        return value;
    }

    private static boolean isTrigger(char c) {
        return TRIGGERS.indexOf(c) >= 0;
    }
}
