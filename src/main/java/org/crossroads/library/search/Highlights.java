package org.crossroads.library.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Passages with the query's words marked (PostgreSQL's ts_headline), only ever on the few texts a page shows: the
 * first matching passage of each document shown, or a record's short text. Callers pass ids a reader may see.
 * <p>
 * ts_headline reads a text with one configuration, while search matches stems in four languages on normalised letters
 * (V6): with 'simple' alone, "jumelages" would not mark "jumelage", nor "integration" "intégration", nor إ the word
 * written with ا. So the words to mark are those of the text itself ('simple' lexemes) whose search vector matches one of
 * the query's words, and ts_headline marks exactly those: a word is marked if and only if search would match it.
 */
@Component
class Highlights {

    private static final String OPTIONS = "StartSel=" + SearchHit.START + ",StopSel=" + SearchHit.STOP
            + ",MaxWords=35,MinWords=12,ShortWord=2,MaxFragments=2,FragmentDelimiter=\" … \"";

    private final JdbcClient jdbc;

    Highlights(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The 'simple' lexemes of the texts of {@code shown} (a CTE with a column {@code text}) that search matches to one
     * of the query's words, as one tsquery for ts_headline ({@code :words}: the query's words as alternatives, see
     * {@link #words}): ts_headline marks only the words a text holds, so one set serves every text of the statement,
     * and a word in several texts is tried once. Computing a lexeme's search vector (five text configurations) is the
     * cost, so only lexemes that contain the first three letters of one of the query's stems or prefixes are tried: a
     * stem in the four languages is the word less a suffix (Arabic: less a prefix too), so a lexeme without those
     * letters cannot match (78 ms for five passages of 140 words each, against 9 ms). Each lexeme is normalised once
     * and tested against the prefixes with one LIKE ANY; the query is built once per statement (sub-selects).
     */
    static String marked(String shown) {
        return """
                (select to_tsquery('simple'::regconfig, coalesce(string_agg(quote_literal(x.lexeme), ' | '), ''))
                 from (select distinct l.lexeme from %1$s t, unnest(to_tsvector('simple'::regconfig, t.text)) l) x
                 where case when crossroads_normalise(x.lexeme) like any (array(select distinct '%%' || left(w[1], 3) || '%%'
                                   from regexp_matches((select crossroads_alternatives_query(:words))::text,
                                   '''((?:[^'']|'''')+)''', 'g') w))
                            then crossroads_search_vector(x.lexeme) @@ (select crossroads_alternatives_query(:words))
                            else false end)""".formatted(shown);
    }

    /** Every word of the alternatives on its own: a text's word is marked when it matches any of them. */
    static String words(String alternatives) {
        return String.join("|", alternatives.strip().split("[\\s|]+"));
    }

    /**
     * For each document, the first passage of its files' text that matches the query (V69_2; none for a document whose
     * files do not).
     */
    Map<Long, List<SearchHit.Segment>> documentPassages(List<Long> documentIds, String alternatives) {
        Map<Long, List<SearchHit.Segment>> found = new HashMap<>();
        if (documentIds.isEmpty() || alternatives.isBlank()) {
            return found;
        }
        jdbc.sql("""
                with shown as materialized (
                  select s.id, library_first_matching_passage(s.id, (select crossroads_alternatives_query(:q))) as text
                  from unnest(cast(:ids as bigint[])) s(id))
                select shown.id, ts_headline('simple'::regconfig, shown.text, """ + marked("shown") + """
                    , :options)
                from shown where shown.text is not null""")
                .param("ids", "{" + String.join(",", documentIds.stream().map(String::valueOf).toList()) + "}")
                .param("q", alternatives).param("words", words(alternatives)).param("options", OPTIONS)
                .query(rs -> {
                    found.put(rs.getLong(1), SearchHit.segments(rs.getString(2)));
                });
        return found;
    }

    /** A short text (a summary, a problem) with the query's words marked; the text's start when nothing matches. */
    List<SearchHit.Segment> text(String text, String alternatives) {
        return texts(Collections.singletonList(text), alternatives).get(0);
    }

    /** Like {@link #text} for each of several texts (a page's hits of one kind), in one statement. */
    List<List<SearchHit.Segment>> texts(List<String> texts, String alternatives) {
        List<List<SearchHit.Segment>> marked = new ArrayList<>(Collections.nCopies(texts.size(), List.of()));
        List<Integer> asked = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            String text = texts.get(k);
            if (text == null || text.isBlank()) {
                continue;
            }
            if (alternatives.isBlank()) {
                marked.set(k, List.of(new SearchHit.Segment(text.length() > 240 ? text.substring(0, 240) + "…" : text, false)));
            } else {
                asked.add(k);
            }
        }
        if (asked.isEmpty()) {
            return marked;
        }
        String[] shown = asked.stream().map(texts::get).toArray(String[]::new);
        jdbc.sql("with shown as materialized (select * from unnest(cast(:texts as text[])) with ordinality t(text, n))"
                        + " select shown.n, ts_headline('simple'::regconfig, shown.text, " + marked("shown")
                        + ", :options) from shown")
                .param("texts", shown).param("words", words(alternatives)).param("options", OPTIONS)
                .query(rs -> {
                    marked.set(asked.get(rs.getInt(1) - 1), SearchHit.segments(rs.getString(2)));
                });
        return marked;
    }
}
