package org.crossroads.shared.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX workbook with POI's streaming (SAX) reader, so memory grows with the
 * rows kept, not with the workbook's object model. Before POI sees the file, the ZIP is unpacked once
 * to count its size against {@link TabularLimits#maxUnpackedBytes()} (a ZIP bomb stops there); POI's own
 * {@code ZipSecureFile} inflate-ratio check stays on as a second guard. The package is opened from a
 * temporary file so POI reads parts on demand instead of holding them all in memory.
 */
final class XlsxSource {

    private XlsxSource() {
    }

    static void read(byte[] bytes, RawRows rows, TabularLimits limits) {
        Path file = null;
        try {
            file = Files.createTempFile("crossroads-import", ".xlsx");
            Files.write(file, bytes);
            read(file, rows, limits);
        } catch (IOException e) {
            throw translate(e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** Reads a workbook already on disk (an upload), without copying it. */
    static void read(Path file, RawRows rows, TabularLimits limits) {
        try {
            checkUnpackedSize(file, limits);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                readFirstSheet(pkg, rows, limits);
            }
        } catch (TabularFormatException e) {
            throw e;
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            throw translate(e);
        }
    }

    private static void readFirstSheet(OPCPackage pkg, RawRows rows, TabularLimits limits)
            throws IOException, SAXException, OpenXML4JException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(pkg);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        var sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new TabularFormatException(Reason.NO_SHEET.with());
        }
        try (InputStream sheet = sheets.next()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                    new Collector(rows, limits), new IsoCellFormatter(), false));
            parser.parse(new InputSource(sheet));
        }
    }

    /** Unpacks every entry once, counting bytes, and stops as soon as the total passes the limit. */
    /**
     * Counts the bytes actually inflated, not the sizes the archive declares (a bomb can lie). The
     * central directory is read with {@link ZipFile}: {@code ZipInputStream} rejects valid workbooks
     * whose local headers leave sizes to a data descriptor, as POI's own streaming writer does.
     */
    private static void checkUnpackedSize(Path path, TabularLimits limits) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(path.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                try (InputStream in = zip.getInputStream(entries.nextElement())) {
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        total += read;
                        if (total > limits.maxUnpackedBytes()) {
                            throw new TabularFormatException(
                                    Reason.FILE_UNPACKS_TOO_LARGE.with(TabularLimits.megabytes(limits.maxUnpackedBytes())));
                        }
                    }
                }
            }
        }
    }

    private static TabularFormatException translate(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TabularFormatException known) {
                return known;
            }
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (detail.contains("Zip bomb")) {
            return new TabularFormatException(Reason.FILE_UNPACKS_TOO_LARGE.with("?"), e);
        }
        return new TabularFormatException(Reason.NOT_XLSX.with(firstLine(detail)), e);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                file.toFile().deleteOnExit();
            }
        }
    }

    /** Receives the sheet's cells row by row; rows and cells may have gaps, which stay empty. */
    private static final class Collector implements SheetContentsHandler {

        private final RawRows rows;
        private final TabularLimits limits;
        private List<String> cells = new ArrayList<>();
        private int lastColumn = -1;

        Collector(RawRows rows, TabularLimits limits) {
            this.rows = rows;
            this.limits = limits;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            lastColumn = -1;
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(rowNum + 1, cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? lastColumn + 1 : new CellReference(reference).getCol();
            lastColumn = column;
            if (value == null || value.isEmpty()) {
                return;
            }
            if (column >= limits.maxColumns()) {
                int row = reference == null ? 0 : new CellReference(reference).getRow() + 1;
                throw rows.tooManyColumns(row);
            }
            if (column < cells.size()) {
                cells.set(column, value);
                return;
            }
            cells.addAll(Collections.nCopies(column - cells.size(), ""));
            cells.add(value);
        }
    }
}
