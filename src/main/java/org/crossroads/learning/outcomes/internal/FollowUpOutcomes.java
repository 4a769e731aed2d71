package org.crossroads.learning.outcomes.internal;

import org.crossroads.learning.surveys.FollowUpChangeReported;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns a follow-up answer that reports a change into a draft outcome statement, in the answer's own
 * transaction (a synchronous listener), so the answer and its draft are stored together or not at all.
 */
@Component
class FollowUpOutcomes {

    private final OutcomeHarvest harvest;

    FollowUpOutcomes(OutcomeHarvest harvest) {
        this.harvest = harvest;
    }

    @EventListener
    void draft(FollowUpChangeReported change) {
        harvest.draftFromFollowUp(change.eventId(), change.placeId(), change.changeType(), change.description(),
                change.surveyResponseId(), "Follow-up survey answer");
    }
}
