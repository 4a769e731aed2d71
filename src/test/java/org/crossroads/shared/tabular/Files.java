package org.crossroads.shared.tabular;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Small builders of test files. */
final class Files {

    private Files() {
    }

    static TabularFile readCsv(String text) {
        return readCsv(text.getBytes(StandardCharsets.UTF_8));
    }

    static TabularFile readCsv(byte[] bytes) {
        return new TabularReader().read("upload.csv", new ByteArrayInputStream(bytes));
    }

    static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    static TabularFile read(String name, byte[] bytes, Map<String, String> hxl) {
        return new TabularReader().read(name, new ByteArrayInputStream(bytes), hxl);
    }

    static byte[] xlsx(List<Column> columns, boolean hxl, List<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XlsxExport.of(columns).withHxlRow(hxl).write(rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String csv(List<Column> columns, boolean hxl, boolean bom, List<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CsvExport.of(columns).withHxlRow(hxl).withByteOrderMark(bom).write(rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
