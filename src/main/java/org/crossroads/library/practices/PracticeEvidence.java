package org.crossroads.library.practices;

import java.util.List;
import java.util.Optional;
import org.crossroads.learning.OutcomeHarvest;
import org.crossroads.learning.OutcomeQuery;
import org.crossroads.learning.OutcomeStatement;
import org.springframework.stereotype.Service;

/**
 * The validated outcomes a practice inspired: those whose "inspired by practice" names it by its title, a
 * translation of it or a variant name ({@link PracticeNames}). Outcomes link themselves this way, so an outcome
 * recorded before the practice was written is found too. Read as the public reads them (Chatham House applied).
 */
@Service
public class PracticeEvidence {

    private final OutcomeHarvest outcomes;

    PracticeEvidence(OutcomeHarvest outcomes) {
        this.outcomes = outcomes;
    }

    public List<OutcomeStatement> outcomes(Practice p) {
        return outcomes.all(OutcomeQuery.validated(), Optional.empty()).stream()
                .filter(o -> o.inspiredByPractice() != null && PracticeNames.names(p, o.inspiredByPractice())).toList();
    }
}
