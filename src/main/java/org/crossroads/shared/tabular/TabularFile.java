package org.crossroads.shared.tabular;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What a {@link TabularReader} read: the format, the text encoding it decoded (always UTF-8 for XLSX and
 * GeoJSON; {@code windows-1252} when a CSV file was not valid UTF-8, worth telling the user), the
 * normalised column names in file order, the HXL hashtag of each column when the file had an HXL row
 * (or hashtags as GeoJSON property names), the rows, and the problems of single rows found while
 * reading (a GeoJSON feature whose geometry is not a point; never for CSV and XLSX).
 */
public record TabularFile(Format format, Charset encoding, List<String> columns, Map<String, String> hashtags,
        List<SourceRow> rows, List<Problem> problems) {

    /** GEOJSON: a FeatureCollection whose features are the rows, feature n being row n + 1. */
    public enum Format { CSV, XLSX, GEOJSON }

    public TabularFile {
        columns = List.copyOf(columns);
        hashtags = Map.copyOf(hashtags);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public TabularFile(Format format, Charset encoding, List<String> columns, Map<String, String> hashtags,
            List<SourceRow> rows) {
        this(format, encoding, columns, hashtags, rows, List.of());
    }

    /** True when the CSV bytes were not valid UTF-8 and were decoded as Windows-1252 instead. */
    public boolean decodedAsWindows1252() {
        return format == Format.CSV && encoding.name().equalsIgnoreCase("windows-1252");
    }

    public boolean hadHxlRow() {
        return !hashtags.isEmpty();
    }

    static Charset xlsxEncoding() {
        return StandardCharsets.UTF_8;
    }
}
