package org.crossroads.shared.tabular;

import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file on disk as {@link CsvSource} reads bytes (same encodings, delimiter, width limit and rows),
 * but in two streamed passes, so that the file is never held in the heap: the first decodes it (UTF-8, or
 * Windows-1252 when it is not valid UTF-8; UTF-16 after its byte order mark), picks the delimiter, checks every
 * record's width and counts the lines; the second parses the rows.
 */
final class CsvFileSource {

    private CsvFileSource() {
    }

    static Charset read(Path file, RawRows rows, TabularLimits limits, CsvSource.Listener listener) {
        try {
            Charset charset = byteOrderMarkCharset(file);
            Scan scan;
            if (charset != null) {
                scan = scan(file, charset, rows, limits);
            } else {
                try {
                    charset = StandardCharsets.UTF_8;
                    scan = scan(file, charset, rows, limits);
                } catch (CharacterCodingException notUtf8) {
                    charset = CsvSource.WINDOWS_1252;
                    scan = scan(file, charset, rows, limits);
                }
            }
            if (listener != null) {
                listener.decoded(charset, scan.lines());
            }
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(scan.delimiter()).get();
            try (Reader reader = text(file, charset); CSVParser parser = CSVParser.parse(reader, format)) {
                for (CSVRecord record : parser) {
                    List<String> cells = new ArrayList<>(record.size());
                    record.forEach(cells::add);
                    rows.add((int) record.getRecordNumber(), cells);
                }
            }
            return charset;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new TabularFormatException(Reason.UNREADABLE.with(e.getMessage()), e);
        }
    }

    private record Scan(char delimiter, int lines) {}

    /**
     * The first pass: the delimiter is the most frequent of comma, semicolon and tab outside quotes in the
     * first line (comma on a tie); a record with as many delimiters as the column limit is refused before
     * the parser would build it.
     */
    private static Scan scan(Path file, Charset charset, RawRows rows, TabularLimits limits) throws IOException {
        int[] firstLine = new int[3];
        char delimiter = 0;
        int record = 1;
        int delimiters = 0;
        boolean quoted = false;
        int previous = -1;
        boolean pendingCr = false;
        try (Reader reader = text(file, charset)) {
            char[] buffer = new char[64 * 1024];
            int read;
            while ((read = reader.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    char c = buffer[i];
                    if (pendingCr) {
                        // a lone \r ends a record; \r\n ends it at the \n
                        pendingCr = false;
                        if (c != '\n') {
                            record++;
                            delimiters = 0;
                        }
                    }
                    if (c == '"') {
                        quoted = !quoted;
                    } else if (!quoted && (c == '\n' || c == '\r')) {
                        if (delimiter == 0) {
                            delimiter = delimiter(firstLine);
                            if (count(firstLine, delimiter) >= limits.maxColumns()) {
                                throw rows.tooManyColumns(1);
                            }
                        }
                        if (c == '\n') {
                            record++;
                            delimiters = 0;
                        } else {
                            pendingCr = true;
                        }
                    } else if (!quoted && delimiter == 0) {
                        if (c == ',') {
                            firstLine[0]++;
                        } else if (c == ';') {
                            firstLine[1]++;
                        } else if (c == '\t') {
                            firstLine[2]++;
                        }
                    } else if (!quoted && c == delimiter && ++delimiters >= limits.maxColumns()) {
                        throw rows.tooManyColumns(record);
                    }
                    previous = c;
                }
            }
        }
        if (pendingCr) {
            record++;
        }
        if (delimiter == 0) {
            delimiter = delimiter(firstLine);
            if (count(firstLine, delimiter) >= limits.maxColumns()) {
                throw rows.tooManyColumns(1);
            }
        }
        boolean endsWithNewline = previous == '\n' || previous == '\r';
        return new Scan(delimiter, endsWithNewline ? record - 1 : record);
    }

    private static char delimiter(int[] counts) {
        int commas = counts[0];
        int semicolons = counts[1];
        int tabs = counts[2];
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas && tabs > semicolons ? '\t' : ',';
    }

    private static int count(int[] counts, char delimiter) {
        return delimiter == ',' ? counts[0] : delimiter == ';' ? counts[1] : counts[2];
    }

    /** UTF-16 (either byte order) when the file starts with its byte order mark; otherwise null. */
    private static Charset byteOrderMarkCharset(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            int first = in.read();
            int second = in.read();
            if (first == 0xFF && second == 0xFE) {
                return StandardCharsets.UTF_16LE;
            }
            if (first == 0xFE && second == 0xFF) {
                return StandardCharsets.UTF_16BE;
            }
            return null;
        }
    }

    /**
     * The file's text as {@link CsvSource#decode} gives it: after a UTF-16 byte order mark, without NUL
     * characters and without a leading U+FEFF; UTF-8 is decoded strictly (a malformed byte throws).
     */
    private static Reader text(Path file, Charset charset) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        boolean utf16 = charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE);
        if (utf16) {
            in.skipNBytes(2);
        }
        var decoder = charset.newDecoder();
        if (charset.equals(StandardCharsets.UTF_8)) {
            decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        } else {
            decoder.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        }
        return new Cleaned(new InputStreamReader(in, decoder));
    }

    /** Drops NUL characters and a leading U+FEFF, as {@code CsvSource.clean} does. */
    private static final class Cleaned extends FilterReader {

        private boolean atStart = true;

        Cleaned(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            int n;
            while ((n = read(one, 0, 1)) == 0) {
                // nothing kept from this read: try again
            }
            return n < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            while (true) {
                int n = in.read(buffer, offset, length);
                if (n <= 0) {
                    return n;
                }
                int kept = 0;
                for (int i = 0; i < n; i++) {
                    char c = buffer[offset + i];
                    if (c == '\0') {
                        continue;
                    }
                    if (atStart) {
                        atStart = false;
                        if (c == '\uFEFF') {
                            continue;
                        }
                    }
                    buffer[offset + kept++] = c;
                }
                if (kept > 0) {
                    return kept;
                }
            }
        }
    }
}
