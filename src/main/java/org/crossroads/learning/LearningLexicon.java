package org.crossroads.learning;

import org.crossroads.learning.events.LearningEvents;
import org.crossroads.learning.outcomes.OutcomeStatements;
import org.crossroads.shared.search.SearchLexicon;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Keeps the words that typo correction may read a query word as (shared.search's {@code search_word}) for events and
 * outcome statements: every event's, and validated statements' only, so that a correction never reveals a word of a
 * draft. Filled at start when empty, replaced on a schedule.
 */
@Service
class LearningLexicon {

    private final SearchLexicon lexicon;

    LearningLexicon(SearchLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fill() {
        lexicon.fillIfEmpty(LearningEvents.LEXICON, LearningEvents.LEXICON_WORDS);
        lexicon.fillIfEmpty(OutcomeStatements.LEXICON, OutcomeStatements.LEXICON_WORDS);
    }

    @Scheduled(fixedDelayString = "${crossroads.learning.lexicon-refresh:PT15M}",
            initialDelayString = "${crossroads.learning.lexicon-refresh:PT15M}")
    void refresh() {
        lexicon.replace(LearningEvents.LEXICON, LearningEvents.LEXICON_WORDS);
        lexicon.replace(OutcomeStatements.LEXICON, OutcomeStatements.LEXICON_WORDS);
    }
}
