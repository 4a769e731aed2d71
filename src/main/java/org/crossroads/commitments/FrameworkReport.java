package org.crossroads.commitments;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossroads.shared.vocabulary.ShownText;

/**
 * A framework's report for one review: its pledges by status as they stood at this review and at the one before, and
 * each pledge the reader may see with its status then and now and what was reported in between. Restricted pledges
 * are in the figures (protected as everywhere), never in the rows, unless the reader may see them.
 *
 * @param previous the review before this one among the framework's, or null for its first
 * @param rows the rows asked for: all of them, or one page's
 * @param listed how many rows the whole report has (every page's)
 * @param changed how many of them changed status since the previous review
 */
public record FrameworkReport(Framework framework, ReviewCycle cycle, ReviewCycle previous, StatusFigures figures,
        StatusFigures previousFigures, List<Row> rows, int listed, long changed) {

    /**
     * A pledge in the report.
     *
     * @param before its status at the previous review, or null when it was made since (or there is none)
     * @param latest its latest change in the period, or null when nothing was reported in it
     */
    public record Row(Pledge pledge, PledgeStatus status, PledgeStatus before, Latest latest) {

        /** Whether its status differs from the previous review's (a pledge made since counts as changed). */
        public boolean changed() {
            return before != status;
        }
    }

    /** What was last reported of a pledge in the period. */
    public record Latest(PledgeStatus status, PartialDate on, String language, String note,
            Map<String, Map<String, String>> translations, int evidence, boolean inRound) {

        public ShownText note(Locale reader) {
            return ShownText.of(note, language, translations, "note", reader);
        }
    }
}
