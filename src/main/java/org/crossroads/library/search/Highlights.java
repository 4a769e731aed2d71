package org.crossroads.library.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Passages with the query's words marked (PostgreSQL's ts_headline), only ever on the few texts a page shows: the
 * best-ranked passage of each document shown, or a record's short text. Callers pass ids a reader may see.
 */
@Component
class Highlights {

    private static final String OPTIONS = "StartSel=" + SearchHit.START + ",StopSel=" + SearchHit.STOP
            + ",MaxWords=35,MinWords=12,ShortWord=2,MaxFragments=2,FragmentDelimiter=\" … \"";

    private final JdbcClient jdbc;

    Highlights(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For each document, its best passage of file text matching the query (none for a document whose files do not). */
    Map<Long, List<SearchHit.Segment>> documentPassages(List<Long> documentIds, String alternatives) {
        Map<Long, List<SearchHit.Segment>> found = new HashMap<>();
        if (documentIds.isEmpty() || alternatives.isBlank()) {
            return found;
        }
        jdbc.sql("""
                select best.document_id, ts_headline('simple'::regconfig, best.text, crossroads_alternatives_query(:q), :options)
                from (select distinct on (dp.document_id) dp.document_id, dp.text from document_passage dp
                      where dp.document_id in (:ids) and dp.search @@ crossroads_alternatives_query(:q)
                      order by dp.document_id, ts_rank(dp.search, crossroads_alternatives_query(:q)) desc, dp.position) best""")
                .param("ids", documentIds).param("q", alternatives).param("options", OPTIONS)
                .query(rs -> {
                    found.put(rs.getLong(1), SearchHit.segments(rs.getString(2)));
                });
        return found;
    }

    /** A short text (a summary, a problem) with the query's words marked; the text's start when nothing matches. */
    List<SearchHit.Segment> text(String text, String alternatives) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (alternatives.isBlank()) {
            return List.of(new SearchHit.Segment(text.length() > 240 ? text.substring(0, 240) + "…" : text, false));
        }
        return SearchHit.segments(jdbc.sql("select ts_headline('simple'::regconfig, :t, crossroads_alternatives_query(:q), :options)")
                .param("t", text).param("q", alternatives).param("options", OPTIONS).query(String.class).single());
    }
}
