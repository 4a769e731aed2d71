package org.crossroads.commitments.web;

import java.util.Locale;
import org.crossroads.commitments.CommitmentSettings;
import org.crossroads.commitments.StatusFigures;
import org.crossroads.shared.statistics.SmallCellSuppression.Why;
import org.crossroads.shared.web.Figures;
import org.springframework.stereotype.Component;

/** Figures for templates and PDFs: a hidden one reads "&lt;5" ({@code @commitmentFigures.threshold()}). */
@Component("commitmentFigures")
class CommitmentFigures {

    private final int threshold;
    private final Figures figures;

    CommitmentFigures(CommitmentSettings settings, Figures figures) {
        this.threshold = settings.smallCountThreshold();
        this.figures = figures;
    }

    /** A figure as text: its number, "&lt;5" for a small count, "x" for one hidden beside it or derived from one. */
    public String text(StatusFigures.Figure f, Locale locale) {
        if (f.shown()) {
            return figures.integer(f.value(), locale);
        }
        return f.why() == Why.SMALL ? "<" + threshold : "x";
    }

    public int threshold() {
        return threshold;
    }
}
