package org.crossroads.library.practices;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossroads.learning.outcomes.OutcomeHarvest;
import org.crossroads.learning.outcomes.OutcomeQuery;
import org.crossroads.learning.outcomes.OutcomeStatement;
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
        return outcomes(List.of(p)).getOrDefault(p.id(), List.of());
    }

    /** For a list of practices, reading the outcomes once: practice id → the outcomes that name it. */
    public Map<Long, List<OutcomeStatement>> outcomes(List<Practice> practices) {
        List<OutcomeStatement> naming = outcomes.all(OutcomeQuery.validated(), Optional.empty()).stream()
                .filter(o -> o.inspiredByPractice() != null && !o.inspiredByPractice().isBlank()).toList();
        Map<Long, List<OutcomeStatement>> found = new HashMap<>();
        for (Practice p : practices) {
            found.put(p.id(), naming.stream().filter(o -> PracticeNames.names(p, o.inspiredByPractice())).toList());
        }
        return found;
    }
}
