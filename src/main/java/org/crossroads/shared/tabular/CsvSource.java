package org.crossroads.shared.tabular;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV bytes. Spreadsheets save CSV in many ways: with or without a UTF-8 byte order mark, in
 * Windows-1252 (older Excel on Windows), as UTF-16 ("Unicode text"), with {@code ;} where the decimal
 * separator is a comma, or with tabs. This class decodes and picks the delimiter so the user need not care.
 */
final class CsvSource {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvSource() {
    }

    record Decoded(String text, Charset charset) {
    }

    /** Told the encoding and the number of lines once the text is decoded, before any row. */
    interface Listener {
        void decoded(Charset charset, int lines);
    }

    /** @param listener may be null */
    static Charset read(byte[] bytes, RawRows rows, TabularLimits limits, Listener listener) {
        Decoded decoded = decode(bytes);
        char delimiter = delimiter(decoded.text());
        int lines = checkWidth(decoded.text(), delimiter, rows, limits);
        if (listener != null) {
            listener.decoded(decoded.charset(), lines);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(decoded.text()), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                rows.add((int) record.getRecordNumber(), cells);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new TabularFormatException(Reason.UNREADABLE.with(e.getMessage()), e);
        }
        return decoded.charset();
    }

    /**
     * Refuses a record wider than the column limit before the parser builds it: a line of millions of
     * delimiters would otherwise become millions of cells in memory.
     */
    private static int checkWidth(String text, char delimiter, RawRows rows, TabularLimits limits) {
        int record = 1;
        int delimiters = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == delimiter && ++delimiters >= limits.maxColumns()) {
                throw rows.tooManyColumns(record);
            } else if (!quoted && (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')))) {
                record++;
                delimiters = 0;
            }
        }
        return text.endsWith("\n") || text.endsWith("\r") ? record - 1 : record;
    }

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(clean(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE)), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(clean(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE)), StandardCharsets.UTF_16BE);
        }
        byte[] withoutNul = withoutNul(bytes);
        int start = startsWith(withoutNul, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(withoutNul, start, withoutNul.length - start)).toString();
            return new Decoded(clean(text), StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return new Decoded(clean(new String(withoutNul, WINDOWS_1252)), WINDOWS_1252);
        }
    }

    private static String clean(String text) {
        String withoutNul = text.indexOf('\0') >= 0 ? text.replace("\0", "") : text;
        return withoutNul.startsWith("\uFEFF") ? withoutNul.substring(1) : withoutNul;
    }

    private static byte[] withoutNul(byte[] bytes) {
        int count = 0;
        for (byte b : bytes) {
            if (b != 0) {
                count++;
            }
        }
        if (count == bytes.length) {
            return bytes;
        }
        byte[] result = new byte[count];
        int i = 0;
        for (byte b : bytes) {
            if (b != 0) {
                result[i++] = b;
            }
        }
        return result;
    }

    /** The most frequent of comma, semicolon and tab outside quotes in the first line; comma on a tie. */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas && tabs > semicolons ? '\t' : ',';
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
