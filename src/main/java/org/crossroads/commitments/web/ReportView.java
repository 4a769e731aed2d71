package org.crossroads.commitments.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crossroads.commitments.FrameworkReport;
import org.crossroads.commitments.Pledge;
import org.crossroads.commitments.StatusFigures;
import org.crossroads.shared.vocabulary.ShownText;
import org.springframework.context.MessageSource;

/**
 * A framework's report for a review in the reader's language: what the page, the PDF and the spreadsheets show. The
 * rows are those of the report as read (a page's, or all of them); {@code listed} counts every page's.
 */
record ReportView(long frameworkId, ShownText title, CommitmentViews.Cycle cycle, CommitmentViews.Cycle previous,
        StatusFigures figures, StatusFigures previousFigures, List<Row> rows, int listed, long changed,
        List<FigureLine> lines) {

    /** A status's figures as text, for the PDF: all, named, not named, and all at the previous review. */
    record FigureLine(String status, String all, String named, String unnamed, String before) {}

    /**
     * A pledge's line.
     *
     * @param before its status at the previous review in words, "new since" when it was made since, or null when
     *     there is no previous review
     */
    record Row(CommitmentViews.PledgeSummary pledge, String parties, String status, String statusCode, String before,
            boolean changed, String latestOn, ShownText note, int evidence, boolean inRound) {}

    static ReportView of(FrameworkReport report, CommitmentViews views, CommitmentFigures texts, MessageSource messages,
            Locale locale) {
        List<Pledge> pledges = report.rows().stream().map(FrameworkReport.Row::pledge).toList();
        List<CommitmentViews.PledgeSummary> summaries = views.pledgeSummaries(pledges, locale);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < report.rows().size(); i++) {
            FrameworkReport.Row r = report.rows().get(i);
            CommitmentViews.PledgeSummary s = summaries.get(i);
            String before = report.previous() == null ? null : r.before() == null
                    ? messages.getMessage("commitments.report.newSince", null, locale)
                    : messages.getMessage(r.before().messageKey(), null, locale);
            rows.add(new Row(s, String.join(", ", s.parties().stream().map(Link::label).toList()),
                    messages.getMessage(r.status().messageKey(), null, locale), r.status().code(), before, r.changed(),
                    r.latest() == null ? null : r.latest().on().format(locale),
                    r.latest() == null ? null : r.latest().note(locale), r.latest() == null ? 0 : r.latest().evidence(),
                    r.latest() != null && r.latest().inRound()));
        }
        List<FigureLine> lines = new ArrayList<>();
        for (int i = 0; i < report.figures().rows().size(); i++) {
            StatusFigures.Row r = report.figures().rows().get(i);
            lines.add(new FigureLine(messages.getMessage(r.status().messageKey(), null, locale), texts.text(r.all(), locale),
                    texts.text(new StatusFigures.Figure(r.named(), null), locale), texts.text(r.unnamed(), locale),
                    report.previousFigures() == null ? null
                            : texts.text(report.previousFigures().rows().get(i).all(), locale)));
        }
        StatusFigures f = report.figures();
        lines.add(new FigureLine(messages.getMessage("commitments.figures.total", null, locale), texts.text(f.total(), locale),
                texts.text(new StatusFigures.Figure(f.total().value() - f.restrictedTotal().value(), null), locale),
                texts.text(f.restrictedTotal(), locale),
                report.previousFigures() == null ? null : texts.text(report.previousFigures().total(), locale)));
        return new ReportView(report.framework().id(), report.framework().title(locale), views.cycle(report.cycle(), locale),
                report.previous() == null ? null : views.cycle(report.previous(), locale), report.figures(),
                report.previousFigures(), rows, report.listed(), report.changed(), lines);
    }
}
