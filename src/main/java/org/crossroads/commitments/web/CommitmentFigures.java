package org.crossroads.commitments.web;

import org.crossroads.commitments.CommitmentSettings;
import org.springframework.stereotype.Component;

/** The small-count threshold for templates: a hidden figure reads "&lt;5" ({@code @commitmentFigures.threshold()}). */
@Component("commitmentFigures")
class CommitmentFigures {

    private final int threshold;

    CommitmentFigures(CommitmentSettings settings) {
        this.threshold = settings.smallCountThreshold();
    }

    public int threshold() {
        return threshold;
    }
}
