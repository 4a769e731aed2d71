package org.crossroads.learning.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crossroads.shared.tabular.FormulaGuard;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * A dashboard as a CSV file (each table under its title, spreadsheet formulas neutralised) and as a PDF
 * report to send to a donor (the same tables laid out by openhtmltopdf from an XHTML template, with a
 * bundled DejaVu Sans font so accents and most scripts print).
 */
@Component
class DashboardExports {

    private final SpringTemplateEngine templates;

    DashboardExports(SpringTemplateEngine templates) {
        this.templates = templates;
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
        Context context = new Context(locale);
        context.setVariable("dashboard", dashboard);
        context.setVariable("generatedOn", LocalDate.now());
        context.setVariable("rtl", "ar".equals(locale.getLanguage()));
        String xhtml = templates.process("learning/dashboard-pdf", context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> DashboardExports.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans");
            builder.useFont(() -> DashboardExports.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans",
                    700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String safe(String value) {
        return value == null ? "" : FormulaGuard.neutralise(value);
    }

    static List<String> extensions() {
        return List.of("csv", "pdf");
    }
}
