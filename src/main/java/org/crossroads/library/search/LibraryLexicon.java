package org.crossroads.library.search;

import org.crossroads.library.Documents;
import org.crossroads.library.practices.PracticeReads;
import org.crossroads.library.practices.PracticesChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.event.TransactionalEventListener;
import org.crossroads.shared.search.SearchLexicon;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Keeps the words that typo correction may read a query word as (shared.search's {@code search_word}) for documents
 * and practices: only public published documents and published practices, so that a correction never reveals a word
 * of a members-only or Chatham House document. Filled at start when empty, replaced on a schedule; a practice's words are added as soon as it changes.
 */
@Service
class LibraryLexicon {

    private final SearchLexicon lexicon;
    private final JdbcClient jdbc;

    LibraryLexicon(SearchLexicon lexicon, JdbcClient jdbc) {
        this.lexicon = lexicon;
        this.jdbc = jdbc;
    }

    /** A practice published or edited: its words count at once, not at the next refresh. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(PracticesChanged changed) {
        jdbc.sql("select search_text from practice where id = :id and publication = 'published'")
                .param("id", changed.practiceId()).query(String.class).optional()
                .ifPresent(text -> lexicon.add(PracticeReads.LEXICON, text));
    }

    @EventListener(ApplicationReadyEvent.class)
    void fill() {
        lexicon.fillIfEmpty(Documents.LEXICON, Documents.LEXICON_WORDS);
        lexicon.fillIfEmpty(PracticeReads.LEXICON, PracticeReads.LEXICON_WORDS);
    }

    @Scheduled(fixedDelayString = "${crossroads.library.lexicon-refresh:PT15M}",
            initialDelayString = "${crossroads.library.lexicon-refresh:PT15M}")
    void refresh() {
        lexicon.replace(Documents.LEXICON, Documents.LEXICON_WORDS);
        lexicon.replace(PracticeReads.LEXICON, PracticeReads.LEXICON_WORDS);
    }
}
