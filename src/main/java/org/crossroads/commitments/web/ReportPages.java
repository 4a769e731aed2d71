package org.crossroads.commitments.web;

import org.crossroads.shared.web.RecordNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.accounts.CurrentEditor;
import org.crossroads.commitments.FrameworkReport;
import org.crossroads.commitments.FrameworkReports;
import org.crossroads.shared.tabular.Column;
import org.crossroads.shared.tabular.CsvExport;
import org.crossroads.shared.tabular.XlsxExport;
import org.crossroads.shared.web.BadParameterException;
import org.crossroads.shared.web.Pager;
import org.crossroads.shared.web.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A framework's report for a review: a page (the pledges whose status changed first, paged), a CSV and an XLSX of every
 * line, and a PDF, in the reader's language. Restricted pledges are counted in the figures and listed only for those
 * who may see them.
 */
@Controller
class ReportPages {

    static final int PAGE_SIZE = 100;
    private static final List<Column> COLUMNS = List.of(Column.of("pledge", "#indicator+pledge+id"),
            Column.of("cities and organisations", "#org+name"), Column.of("pledge text", "#description"),
            Column.of("status", "#status+code"), Column.of("status in words", "#status+name"),
            Column.of("status at the previous review", "#status+previous"), Column.of("changed", "#status+changed"),
            Column.of("latest report", "#date+reported"), Column.of("note", "#description+note"),
            Column.of("evidence", "#indicator+evidence+num"), Column.of("reported in a round", "#meta+round"));

    private final FrameworkReports reports;
    private final CommitmentViews views;
    private final CurrentEditor currentEditor;
    private final PdfDocuments pdf;
    private final MessageSource messages;
    private final CommitmentFigures texts;

    ReportPages(FrameworkReports reports, CommitmentViews views, CurrentEditor currentEditor, PdfDocuments pdf,
            MessageSource messages, CommitmentFigures texts) {
        this.texts = texts;
        this.reports = reports;
        this.views = views;
        this.currentEditor = currentEditor;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/frameworks/{id:\\d+}/reports/{cycle:\\d+}")
    String page(@PathVariable long id, @PathVariable long cycle, @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request, Locale locale, Model model) {
        if (page < 1) {
            throw new BadParameterException("page", "Pages start at 1");
        }
        // only the page's rows are read in full and put in words; the report orders and counts them all
        ReportView report = view(id, cycle, (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * PAGE_SIZE), PAGE_SIZE,
                locale);
        model.addAttribute("report", report);
        model.addAttribute("rows", report.rows());
        model.addAttribute("pager", Pager.countingFromOne(request, page, report.listed(), PAGE_SIZE));
        return "commitments/report-page";
    }

    @GetMapping("/frameworks/{id:\\d+}/reports/{cycle:\\d+}.{format:csv|xlsx}")
    void spreadsheet(@PathVariable long id, @PathVariable long cycle, @PathVariable String format, Locale locale,
            HttpServletResponse response) throws IOException {
        ReportView report = view(id, cycle, 0, Integer.MAX_VALUE, locale);
        List<List<Object>> rows = new ArrayList<>();
        for (ReportView.Row r : report.rows()) {
            rows.add(List.of(r.pledge().id(), r.parties(), r.pledge().text().text(), r.statusCode(), r.status(),
                    r.before() == null ? "" : r.before(), r.changed() ? "yes" : "no", r.latestOn() == null ? "" : r.latestOn(),
                    r.note() == null ? "" : r.note().text(), r.evidence(), r.inRound() ? "yes" : "no"));
        }
        String name = "framework-" + id + "-review-" + cycle + "." + format;
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        if (format.equals("csv")) {
            response.setContentType("text/csv;charset=UTF-8");
            CsvExport.forMachines(COLUMNS).write(rows, response.getOutputStream());
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            XlsxExport.of(COLUMNS).withHxlRow(true).withSheetName("report").write(rows, response.getOutputStream());
        }
    }

    @GetMapping("/frameworks/{id:\\d+}/reports/{cycle:\\d+}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable long cycle, Locale locale) {
        ReportView report = view(id, cycle, 0, Integer.MAX_VALUE, locale);
        byte[] body = pdf.render("commitments/report-pdf", Map.of("report", report), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("framework-" + id + "-review-" + cycle + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private ReportView view(long id, long cycle, int offset, int limit, Locale locale) {
        FrameworkReport report = reports.report(id, cycle, currentEditor.get(), offset, limit)
                .orElseThrow(() -> new RecordNotFoundException("report", cycle));
        return ReportView.of(report, views, texts, messages, locale);
    }
}
