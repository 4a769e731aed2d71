package org.crossroads.shared.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

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
            Collector collector = new Collector(rows, limits);
            FormulaWatch watch = new FormulaWatch(collector);
            watch.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, collector,
                    new IsoCellFormatter(), false));
            parser.setContentHandler(watch);
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

    /**
     * Watches the sheet's XML on its way to POI's handler for cells that hold a formula ({@code <f>}) but no
     * stored result ({@code <v>}): POI reports nothing for them, so they would read as empty and a required
     * column would say "a value is required" about a cell the user sees filled in.
     */
    private static final class FormulaWatch extends XMLFilterImpl {

        private final Collector collector;
        private String reference;
        private boolean formula;
        private boolean inValue;
        private boolean result;

        FormulaWatch(Collector collector) {
            this.collector = collector;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            switch (localName) {
                case "c" -> {
                    reference = attributes.getValue("r");
                    formula = false;
                    result = false;
                }
                case "f" -> formula = true;
                case "v", "is" -> inValue = true;
                default -> { }
            }
            super.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inValue && length > 0) {
                result = true;
            }
            super.characters(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            super.endElement(uri, localName, qName);
            if ("v".equals(localName) || "is".equals(localName)) {
                inValue = false;
            } else if ("c".equals(localName) && formula && !result) {
                collector.formulaWithoutResult(reference);
            }
        }
    }

    /** Receives the sheet's cells row by row; rows and cells may have gaps, which stay empty. */
    private static final class Collector implements SheetContentsHandler {

        private final RawRows rows;
        private final TabularLimits limits;
        private List<String> cells = new ArrayList<>();
        private Set<Integer> formulas = new HashSet<>();
        private int lastColumn = -1;

        Collector(RawRows rows, TabularLimits limits) {
            this.rows = rows;
            this.limits = limits;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            formulas = new HashSet<>();
            lastColumn = -1;
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(rowNum + 1, cells, formulas);
        }

        void formulaWithoutResult(String reference) {
            if (reference != null) {
                formulas.add((int) new CellReference(reference).getCol());
            }
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
