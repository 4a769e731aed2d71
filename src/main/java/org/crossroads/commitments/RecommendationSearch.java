package org.crossroads.commitments;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crossroads.accounts.Editor;
import org.crossroads.library.search.kinds.SearchableKind;
import org.crossroads.shared.search.FacetSql;
import org.crossroads.shared.search.QueryUnderstanding;
import org.crossroads.shared.search.TextConcepts;
import org.crossroads.shared.search.UnderstoodQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Recommendations in the one search: their words in four languages (V73) and their themes. They are all public. */
@Component
class RecommendationSearch implements SearchableKind {

    static final TextConcepts CONCEPTS = new TextConcepts("r.search", null, null, null, "r.themes && %1$s");

    private final JdbcClient jdbc;
    private final Recommendations recommendations;
    private final QueryUnderstanding understanding;

    RecommendationSearch(JdbcClient jdbc, Recommendations recommendations, QueryUnderstanding understanding) {
        this.jdbc = jdbc;
        this.recommendations = recommendations;
        this.understanding = understanding;
    }

    @Override
    public String code() {
        return "recommendations";
    }

    @Override
    public Result search(String q, Map<String, Set<String>> selected, int size, Optional<Editor> reader, Locale locale) {
        Map<String, Object> params = new HashMap<>();
        UnderstoodQuery understood = q == null || q.isBlank() ? UnderstoodQuery.none() : understanding.understand(q);
        FacetSql facets = new FacetSql("recommendation r", "r.id, r.themes", CONCEPTS.condition(understood, "tq", params),
                List.of(new FacetSql.Dimension("theme", FacetSql.texts(selected, "theme", params,
                        "r.themes && cast(array[:f_theme] as text[])"), "cross join unnest(m.themes) u(v)")));
        FacetSql.Counted counted = facets.count(jdbc, params);
        StringBuilder where = new StringBuilder(facets.where());
        facets.dimensions().stream().filter(f -> f.selected() != null).forEach(f -> where.append(" and ").append(f.selected()));
        String order = "r.id";
        if (!understood.isEmpty()) {
            params.put("all", understood.allAlternatives());
            order = "ts_rank(r.search, crossroads_alternatives_query(:all)) desc, " + order;
        }
        List<Long> ids = jdbc.sql("select r.id from recommendation r where " + where + " order by " + order + " limit :limit")
                .params(params).param("limit", size).query(Long.class).list();
        List<Hit> hits = ids.stream().map(id -> recommendations.find(id, reader).orElseThrow()).map(r -> {
            String text = r.text(locale).text();
            return new Hit(r.id(), text.length() <= 120 ? text : text.substring(0, 119) + "…", "/recommendations/" + r.id(),
                    text);
        }).toList();
        return new Result(counted.total(), hits, understood, counted.counts());
    }
}
