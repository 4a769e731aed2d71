package org.crossroads.shared.search;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.crossroads.shared.vocabulary.MatchKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The words each kind of record holds (table {@code search_word}), kept by the module that owns the
 * records, so that a query word matching nothing can be read as the indexed word one edit away. Only
 * words a reader of every access level may see belong here: a correction must not reveal a word.
 */
@Service
public class SearchLexicon {

    /** Shorter words are never corrected: one edit changes them too much. */
    public static final int SHORTEST_CORRECTED = 5;
    /** A word of five letters can be a four-letter word with one letter too many ("Sfaxx"). */
    static final int SHORTEST_KEPT = SHORTEST_CORRECTED - 1;
    private static final int CANDIDATES = 20;

    private final JdbcClient jdbc;

    SearchLexicon(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces the kind's words by the words of the vectors a query selects, e.g.
     * {@code select to_tsvector('simple', search_text) from initiative where publication = 'published'}.
     */
    @Transactional
    public void replace(String kind, String vectorsSql) {
        jdbc.sql("delete from search_word where kind = :k").param("k", kind).update();
        jdbc.sql("insert into search_word (kind, word) select :k, word from ts_stat(:sql) where length(word) >= :min on conflict do nothing")
                .param("k", kind).param("sql", vectorsSql).param("min", SHORTEST_KEPT).update();
    }

    /**
     * Fills the kind's words when it has none (a new database): reading every record's words takes seconds
     * at 100,000 records, too long for each start.
     */
    @Transactional
    public void fillIfEmpty(String kind, String vectorsSql) {
        boolean empty = !jdbc.sql("select exists (select 1 from search_word where kind = :k)").param("k", kind)
                .query(Boolean.class).single();
        if (empty) {
            replace(kind, vectorsSql);
        }
    }

    /** Adds the words of a text (a record just written). */
    public void add(String kind, String text) {
        List<String> words = Arrays.stream(MatchKey.of(text).split(" "))
                .filter(w -> w.codePointCount(0, w.length()) >= SHORTEST_KEPT).distinct().toList();
        if (!words.isEmpty()) {
            jdbc.sql("insert into search_word (kind, word) select :k, unnest(cast(array[:words] as text[])) on conflict do nothing")
                    .param("k", kind).param("words", words).update();
        }
    }

    /** The kind's lexicon: a word is known when some indexed word starts with it. */
    public Lexicon of(String kind) {
        return new Lexicon() {
            @Override
            public boolean matches(String word) {
                // a range in byte order (index search_word_prefix, V9), then the exact test
                return jdbc.sql("""
                        select exists (select 1 from search_word where kind = :k and (word collate "C") >= :w
                                       and (word collate "C") < :w || chr(1114111) and starts_with(word, :w))""")
                        .param("k", kind).param("w", word).query(Boolean.class).single();
            }

            @Override
            public Optional<String> nearest(String word) {
                return SearchLexicon.this.nearest(kind, word);
            }
        };
    }

    Optional<String> nearest(String kind, String word) {
        if (word.codePointCount(0, word.length()) < SHORTEST_CORRECTED) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select word from search_word where kind = :k and word % :w
                order by similarity(word, :w) desc, word limit :n""")
                .param("k", kind).param("w", word).param("n", CANDIDATES).query(String.class).list().stream()
                .filter(candidate -> !candidate.equals(word) && EditDistance.withinOne(candidate, word))
                .findFirst();
    }
}
