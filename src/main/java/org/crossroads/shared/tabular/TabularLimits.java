package org.crossroads.shared.tabular;

/**
 * Hard limits on what a reader accepts, so that a hostile or accidental file gives a clear error
 * instead of exhausting memory. {@code maxUnpackedBytes} bounds what an XLSX file (a ZIP) may
 * decompress to, which is what protects against ZIP bombs.
 */
public record TabularLimits(long maxBytes, long maxUnpackedBytes, int maxRows, int maxColumns, int maxCellChars) {

    private static final long MB = 1024L * 1024L;

    public TabularLimits {
        if (maxBytes <= 0 || maxUnpackedBytes <= 0 || maxRows <= 0 || maxColumns <= 0 || maxCellChars <= 0) {
            throw new IllegalArgumentException("Every limit must be positive");
        }
    }

    /** 20 MB file, 150 MB unpacked, 200,000 rows, 100 columns, 32,000 characters per cell. */
    public static TabularLimits defaults() {
        return new TabularLimits(20 * MB, 150 * MB, 200_000, 100, 32_000);
    }

    public TabularLimits withMaxBytes(long bytes) {
        return new TabularLimits(bytes, maxUnpackedBytes, maxRows, maxColumns, maxCellChars);
    }

    public TabularLimits withMaxUnpackedBytes(long bytes) {
        return new TabularLimits(maxBytes, bytes, maxRows, maxColumns, maxCellChars);
    }

    public TabularLimits withMaxRows(int rows) {
        return new TabularLimits(maxBytes, maxUnpackedBytes, rows, maxColumns, maxCellChars);
    }

    public TabularLimits withMaxColumns(int columns) {
        return new TabularLimits(maxBytes, maxUnpackedBytes, maxRows, columns, maxCellChars);
    }

    public TabularLimits withMaxCellChars(int chars) {
        return new TabularLimits(maxBytes, maxUnpackedBytes, maxRows, maxColumns, chars);
    }

    static String megabytes(long bytes) {
        return bytes % MB == 0 ? Long.toString(bytes / MB) : String.format(java.util.Locale.ROOT, "%.1f", bytes / (double) MB);
    }
}
