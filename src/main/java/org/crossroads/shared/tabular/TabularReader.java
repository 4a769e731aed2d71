package org.crossroads.shared.tabular;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads an uploaded CSV, XLSX or GeoJSON file into named rows. Every way a file can be wrong ends in a
 * {@link TabularFormatException} with a translatable reason; the {@link TabularLimits} bound time and
 * memory whatever the input. Thread-safe: it holds only its limits.
 */
public final class TabularReader {

    private final TabularLimits limits;

    public TabularReader() {
        this(TabularLimits.defaults());
    }

    public TabularReader(TabularLimits limits) {
        this.limits = limits;
    }

    public TabularLimits limits() {
        return limits;
    }

    /** Reads a file whose first row names the columns (an HXL row after it is skipped). */
    public TabularFile read(String fileName, InputStream in) {
        return read(fileName, in, Map.of());
    }

    /**
     * Reads a file, also accepting one whose first row holds only HXL hashtags: {@code columnByHashtag}
     * says which column each hashtag stands for ({@code "#org+impl" -> "implementers"}); attribute order
     * and case do not matter.
     */
    public TabularFile read(String fileName, InputStream in, Map<String, String> columnByHashtag) {
        byte[] bytes = readAll(in);
        if (bytes.length == 0) {
            throw new TabularFormatException(Reason.EMPTY_FILE.with());
        }
        TabularFile.Format format = format(fileName, bytes);
        if (format == TabularFile.Format.GEOJSON) {
            return geoJson(bytes, columnByHashtag);
        }
        RawRows rows = new RawRows(limits);
        Charset encoding;
        UnaryOperator<String> cellValue;
        if (format == TabularFile.Format.XLSX) {
            XlsxSource.read(bytes, rows, limits);
            encoding = TabularFile.xlsxEncoding();
            cellValue = UnaryOperator.identity();
        } else {
            encoding = CsvSource.read(bytes, rows, limits, null);
            cellValue = FormulaGuard::restore;
        }
        HeaderRow.Result named = HeaderRow.apply(rows.rows(), columnByHashtag, limits, cellValue);
        return new TabularFile(format, encoding, named.columns(), named.hashtags(), named.rows());
    }

    /**
     * Reads a file as {@link #read(String, InputStream, Map)} does, but hands each row to {@code stream} as it
     * is read instead of collecting them: only the raw bytes and the current row are held. GeoJSON files are
     * small and still read whole.
     */
    public void stream(String fileName, InputStream in, Map<String, String> columnByHashtag, TabularStream stream) {
        byte[] bytes = readAll(in);
        if (bytes.length == 0) {
            throw new TabularFormatException(Reason.EMPTY_FILE.with());
        }
        TabularFile.Format format = format(fileName, bytes);
        if (format == TabularFile.Format.GEOJSON) {
            TabularFile file = geoJson(bytes, columnByHashtag);
            if (stream.start(new TabularStream.Header(format, file.encoding(), file.columns(), file.hashtags(), file.rows().size()))) {
                file.rows().forEach(stream::row);
            }
            return;
        }
        streamRows(format, columnByHashtag, stream, rows -> XlsxSource.read(bytes, rows, limits),
                (rows, listener) -> CsvSource.read(bytes, rows, limits, listener));
    }

    /**
     * Streams a file on disk (an upload) as {@link #stream(String, InputStream, Map, TabularStream)} does, but a
     * CSV or XLSX file is read from disk as it is parsed, never held in the heap whole; GeoJSON files are small
     * and still read whole.
     */
    public void stream(String fileName, Path file, Map<String, String> columnByHashtag, TabularStream stream) {
        long size;
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            head = in.readNBytes(4096);
        } catch (IOException e) {
            throw new TabularFormatException(Reason.UNREADABLE.with(e.getMessage()), e);
        }
        if (size == 0) {
            throw new TabularFormatException(Reason.EMPTY_FILE.with());
        }
        if (size > limits.maxBytes()) {
            throw new TabularFormatException(Reason.FILE_TOO_LARGE.with(TabularLimits.megabytes(limits.maxBytes())));
        }
        TabularFile.Format format = format(fileName, head);
        if (format == TabularFile.Format.GEOJSON) {
            try (InputStream in = Files.newInputStream(file)) {
                stream(fileName, in, columnByHashtag, stream);
                return;
            } catch (IOException e) {
                throw new TabularFormatException(Reason.UNREADABLE.with(e.getMessage()), e);
            }
        }
        streamRows(format, columnByHashtag, stream, rows -> XlsxSource.read(file, rows, limits),
                (rows, listener) -> CsvFileSource.read(file, rows, limits, listener));
    }

    /** The one streaming path for bytes in memory and files on disk: only where the rows come from differs. */
    private void streamRows(TabularFile.Format format, Map<String, String> columnByHashtag, TabularStream stream,
            java.util.function.Consumer<RawRows> xlsx, java.util.function.BiConsumer<RawRows, CsvSource.Listener> csv) {
        Streamed streamed = new Streamed(format, columnByHashtag, stream, limits.maxRows());
        RawRows rows = new RawRows(limits, streamed);
        streamed.raw = rows;
        try {
            if (format == TabularFile.Format.XLSX) {
                streamed.encoding = TabularFile.xlsxEncoding();
                streamed.cellValue = UnaryOperator.identity();
                xlsx.accept(rows);
            } else {
                csv.accept(rows, streamed);
            }
            streamed.finish();
        } catch (Streamed.Stop stop) {
            // the receiver refused the header
        }
    }

    private TabularFile geoJson(byte[] bytes, Map<String, String> columnByHashtag) {
        GeoJsonSource.Result features = GeoJsonSource.read(bytes, columnByHashtag, limits);
        return new TabularFile(TabularFile.Format.GEOJSON, StandardCharsets.UTF_8, features.columns(), features.hashtags(),
                features.rows(), features.problems());
    }

    /** Names the raw rows once the header is known and hands them on. */
    private static final class Streamed implements java.util.function.Consumer<RawRow>, CsvSource.Listener {

        private static final class Stop extends RuntimeException {
            Stop() {
                super(null, null, false, false);
            }
        }

        private final TabularFile.Format format;
        private final Map<String, String> columnByHashtag;
        private final TabularStream stream;
        private RawRows raw;
        private Charset encoding;
        private UnaryOperator<String> cellValue;
        private int expectedRows;
        private final int maxRows;
        private HeaderRow.Header header;
        private int dataRows;

        Streamed(TabularFile.Format format, Map<String, String> columnByHashtag, TabularStream stream, int maxRows) {
            this.maxRows = maxRows;
            this.format = format;
            this.columnByHashtag = columnByHashtag;
            this.stream = stream;
        }

        @Override
        public void decoded(Charset charset, int lines) {
            encoding = charset;
            expectedRows = Math.max(0, lines - 1);
            cellValue = FormulaGuard::restore;
        }

        @Override
        public void accept(RawRow row) {
            if (header == null) {
                begin();
            }
            hand(row);
        }

        private void hand(RawRow row) {
            if (++dataRows > maxRows) {
                throw new TabularFormatException(Reason.TOO_MANY_ROWS.with(maxRows));
            }
            stream.row(HeaderRow.named(row, header.names(), cellValue));
        }

        void finish() {
            if (header == null) {
                begin();
            }
        }

        private void begin() {
            List<RawRow> first = raw.rows();
            header = HeaderRow.header(first, columnByHashtag);
            int expected = Math.max(0, expectedRows - (header.dataStart() - 1));
            if (!stream.start(new TabularStream.Header(format, encoding, header.columns(), header.hashtags(), expected))) {
                throw new Stop();
            }
            for (RawRow row : first.subList(header.dataStart(), first.size())) {
                hand(row);
            }
        }
    }

    /**
     * The content decides (an XLSX file is a ZIP, starting with "PK"; a GeoJSON file a JSON object, starting
     * with "{"); the name refuses an .xlsx that is no ZIP and reads a .geojson or .json file as JSON, so
     * that a broken one is reported as malformed JSON rather than as a strange CSV.
     */
    private static TabularFile.Format format(String fileName, byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return TabularFile.Format.XLSX;
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && bytes[2] == 0x11
                && (bytes[3] & 0xFF) == 0xE0) {
            throw new TabularFormatException(Reason.OLD_EXCEL.with());
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            throw new TabularFormatException(Reason.NOT_XLSX.with("it is not a ZIP archive"));
        }
        if (GeoJsonSource.looksLikeJson(bytes) || name.endsWith(".geojson") || name.endsWith(".json")) {
            return TabularFile.Format.GEOJSON;
        }
        return TabularFile.Format.CSV;
    }

    private byte[] readAll(InputStream in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (in) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                total += read;
                if (total > limits.maxBytes()) {
                    throw new TabularFormatException(Reason.FILE_TOO_LARGE.with(TabularLimits.megabytes(limits.maxBytes())));
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new TabularFormatException(Reason.UNREADABLE.with(e.getMessage()), e);
        }
        return out.toByteArray();
    }
}
