package org.crossroads.library.practices;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.accounts.Editor;
import org.crossroads.shared.search.TextConcepts;
import org.crossroads.shared.search.FacetSql;
import org.crossroads.shared.search.QueryUnderstanding;
import org.crossroads.shared.search.SearchLexicon;
import org.crossroads.shared.search.UnderstoodQuery;
import org.crossroads.shared.vocabulary.ShownText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.crossroads.shared.web.ListSort;

/** Practices as a reader may see them: published ones for everyone, proposals for those {@link PracticePermissions} lets. */
@Service
public class PracticeReads {

    private final Practices practices;
    private final PracticePermissions permissions;
    private final QueryUnderstanding understanding;
    private final SearchLexicon lexicon;
    private final JdbcClient jdbc;

    /** The kind of record in shared.search's lexicon: words of published practices only. */
    public static final String LEXICON = "practice";
    public static final String LEXICON_WORDS = "select to_tsvector('simple', search_text) from practice where publication = 'published'";
    /** A practice matches a concept by its words (V62) or by the places and themes a name stands for. */
    static final TextConcepts CONCEPTS = new TextConcepts("p.search", null,
            "(p.place_id in (%1$s) or exists (select 1 from practice_place x where x.practice_id = p.id and x.place_id in (%1$s)))",
            null, "p.themes && %1$s");

    /** Practices and how the query was read (corrections, ambiguities) for the page's notes. */
    public record Found(List<Practice> practices, UnderstoodQuery understood) {}

    PracticeReads(Practices practices, PracticePermissions permissions, QueryUnderstanding understanding,
            SearchLexicon lexicon, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.practices = practices;
        this.permissions = permissions;
        this.understanding = understanding;
        this.lexicon = lexicon;
    }

    public Optional<Practice> find(long id, Optional<Editor> reader) {
        return practices.find(id).filter(p -> permissions.maySee(p, reader));
    }

    public List<Practice> search(PracticeQuery query, Optional<Editor> reader) {
        return searchUnderstood(query, reader).practices();
    }

    /**
     * The practices the reader may see matching the filters and the words read in four languages; when the words as
     * written find nothing, unknown words are read as the known word one edit away.
     */
    public Found searchUnderstood(PracticeQuery query, Optional<Editor> reader) {
        UnderstoodQuery understood = query.text() == null || query.text().isBlank() ? UnderstoodQuery.none()
                : understanding.understand(query.text());
        List<Practice> found = matching(query, understood, reader);
        if (found.isEmpty() && !understood.isEmpty()) {
            UnderstoodQuery corrected = understanding.correct(understood, lexicon.of(LEXICON));
            if (corrected.corrected()) {
                return new Found(matching(query, corrected, reader), corrected);
            }
        }
        return new Found(found, understood);
    }

    private List<Practice> matching(PracticeQuery query, UnderstoodQuery understood, Optional<Editor> reader) {
        Map<String, Object> params = new HashMap<>();
        String visible = permissions.visible(reader, params) + ") and (" + CONCEPTS.condition(understood, "tq", params);
        return practices.search(query, visible, params, order(query, understood, params));
    }

    /**
     * The list's order, ties broken by id: relevance to the words (then the title as written), the title as the reader
     * sees it, or the most recently changed first.
     */
    private static String order(PracticeQuery query, UnderstoodQuery understood, Map<String, Object> params) {
        return switch (query.sort()) {
            case RELEVANCE -> {
                if (understood.isEmpty()) {
                    yield "lower(p.title), p.id";
                }
                params.put("all", understood.allAlternatives());
                yield "ts_rank(p.search, crossroads_alternatives_query(:all)) desc, lower(p.title), p.id";
            }
            case CHANGED -> "coalesce(p.updated_at, p.created_at) desc, p.id desc";
            case NAME, DATE -> {
                params.put("lang", query.reader());
                yield ListSort.nameKey(ShownText.sql("p", "title", "p.title")) + ", p.id";
            }
        };
    }

    /** Practices found by the one search with their facet counts (docs/library.md, "One search: facets"). */
    public record Faceted(List<Practice> practices, UnderstoodQuery understood, FacetSql.Counted facets) {}

    /**
     * The practices the reader may see matching the words and the selected values of the facets theme, country and
     * city (a practice's countries are those it names and those of its cities), the first {@code size} by relevance,
     * with the counts of those facets computed in SQL.
     */
    public Faceted searchFaceted(String q, Map<String, Set<String>> selected, int size, Optional<Editor> reader) {
        Map<String, Object> params = new HashMap<>();
        String visible = "(" + permissions.visible(reader, params) + ")";
        UnderstoodQuery understood = q == null || q.isBlank() ? UnderstoodQuery.none() : understanding.understand(q);
        FacetSql facets = facets(visible, understood, selected, params);
        FacetSql.Counted counted = facets.count(jdbc, params);
        if (counted.total() == 0 && !understood.isEmpty()) {
            UnderstoodQuery corrected = understanding.correct(understood, lexicon.of(LEXICON));
            if (corrected.corrected()) {
                understood = corrected;
                facets = facets(visible, understood, selected, params);
                counted = facets.count(jdbc, params);
            }
        }
        String order = "lower(p.title), p.id";
        if (!understood.isEmpty()) {
            params.put("all", understood.allAlternatives());
            order = "ts_rank(p.search, crossroads_alternatives_query(:all)) desc, " + order;
        }
        StringBuilder where = new StringBuilder(facets.where());
        facets.dimensions().stream().filter(f -> f.selected() != null).forEach(f -> where.append(" and ").append(f.selected()));
        return new Faceted(practices.first(where.toString(), order, params, size), understood, counted);
    }

    private static final String CITIES_OF_P = "(select p.place_id union select pp.place_id from practice_place pp where pp.practice_id = p.id)";
    private static final String COUNTRIES_OF_P = "array(select c from unnest(p.country_codes) c union select pl.country_code::text "
            + "from place pl where pl.id in " + CITIES_OF_P + ")";

    private static FacetSql facets(String visible, UnderstoodQuery understood, Map<String, Set<String>> selected,
            Map<String, Object> params) {
        String where = visible + " and " + CONCEPTS.condition(understood, "tq", params);
        return new FacetSql("practice p", "p.id, p.themes, " + COUNTRIES_OF_P + " as countries, array(select x from "
                + CITIES_OF_P + " c(x) where x is not null) as cities", where, List.of(
                new FacetSql.Dimension("theme", FacetSql.texts(selected, "theme", params,
                        "p.themes && cast(array[:f_theme] as text[])"), "cross join unnest(m.themes) u(v)"),
                new FacetSql.Dimension("country", FacetSql.texts(selected, "country", params,
                        COUNTRIES_OF_P + " && cast(array[:f_country] as text[])"), "cross join unnest(m.countries) u(v)"),
                new FacetSql.Dimension("city", FacetSql.ids(selected, "city", params,
                        "exists (select 1 from " + CITIES_OF_P + " c(x) where x in (:f_city))"),
                        "cross join lateral (select c::text from unnest(m.cities) c) u(v)")));
    }

    /** The published practices whose city (or one of whose further cities) is this one. */
    public List<Practice> ofPlace(long placeId, Optional<Editor> reader) {
        return search(new PracticeQuery(null, null, placeId, null, null, null), reader);
    }
}
