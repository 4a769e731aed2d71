package org.crossroads.learning.dashboards.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crossroads.shared.tabular.FormulaGuard;
import org.crossroads.shared.web.PdfDocuments;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A dashboard as a CSV file (each table under its title, spreadsheet formulas neutralised) and as a PDF
 * report to send to a donor (the same tables laid out by openhtmltopdf from an XHTML template, with a
 * bundled DejaVu Sans font so accents and most scripts print).
 */
@Component
class DashboardExports {

    private final PdfDocuments pdfs;

    DashboardExports(PdfDocuments pdfs) {
        this.pdfs = pdfs;
    }

    byte[] csv(Dashboard dashboard) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            csv.printRecord(safe(dashboard.title()), safe(dashboard.subtitle()));
            for (Dashboard.Table table : dashboard.tables()) {
                csv.println();
                csv.printRecord(safe(table.title()));
                csv.printRecord(table.headers().stream().map(DashboardExports::safe).toList());
                for (Dashboard.Row row : table.rows()) {
                    csv.printRecord(row.cells().stream().map(DashboardExports::safe).toList());
                }
                if (table.note() != null) {
                    csv.printRecord(safe(table.note()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    byte[] pdf(Dashboard dashboard, Locale locale) {
        return pdfs.render("learning/dashboard-pdf", Map.of("dashboard", dashboard, "generatedOn", LocalDate.now()), locale);
    }

    private static String safe(String value) {
        return value == null ? "" : FormulaGuard.neutralise(value);
    }
}
