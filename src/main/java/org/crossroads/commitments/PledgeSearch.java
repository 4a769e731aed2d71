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

/**
 * Pledges in the one search: their words in four languages (V73: text, translations, parties' names in every script,
 * framework title), a place or organisation named in the query, a theme; restricted pledges only for readers who may
 * see them, in the hits and in every facet count (theme, country and city of its parties).
 */
@Component
class PledgeSearch implements SearchableKind {

    static final TextConcepts CONCEPTS = new TextConcepts("p.search", null,
            "exists (select 1 from pledge_party x where x.pledge_id = p.id and x.place_id in (%1$s))",
            "exists (select 1 from pledge_party x where x.pledge_id = p.id and x.organisation_id in (%1$s))",
            "p.themes && %1$s");
    private static final String CITIES_OF_P = "array(select x.place_id from pledge_party x where x.pledge_id = p.id "
            + "and x.place_id is not null)";
    private static final String COUNTRIES_OF_P = "array(select pl.country_code::text from pledge_party x join place pl "
            + "on pl.id = x.place_id where x.pledge_id = p.id)";

    private final JdbcClient jdbc;
    private final PledgeStore store;
    private final Pledges pledges;
    private final QueryUnderstanding understanding;

    PledgeSearch(JdbcClient jdbc, PledgeStore store, Pledges pledges, QueryUnderstanding understanding) {
        this.jdbc = jdbc;
        this.store = store;
        this.pledges = pledges;
        this.understanding = understanding;
    }

    @Override
    public String code() {
        return "pledges";
    }

    @Override
    public Result search(String q, Map<String, Set<String>> selected, int size, Optional<Editor> reader, Locale locale) {
        Map<String, Object> params = new HashMap<>();
        String visible = "(" + pledges.visible(reader, params) + ")";
        UnderstoodQuery understood = q == null || q.isBlank() ? UnderstoodQuery.none() : understanding.understand(q);
        FacetSql facets = new FacetSql("pledge p", "p.id, p.themes, " + COUNTRIES_OF_P + " as countries, " + CITIES_OF_P
                + " as cities", visible + " and " + CONCEPTS.condition(understood, "tq", params), List.of(
                new FacetSql.Dimension("theme", FacetSql.texts(selected, "theme", params,
                        "p.themes && cast(array[:f_theme] as text[])"), "cross join unnest(m.themes) u(v)"),
                new FacetSql.Dimension("country", FacetSql.texts(selected, "country", params,
                        COUNTRIES_OF_P + " && cast(array[:f_country] as text[])"), "cross join unnest(m.countries) u(v)"),
                new FacetSql.Dimension("city", FacetSql.ids(selected, "city", params,
                        "exists (select 1 from pledge_party x where x.pledge_id = p.id and x.place_id in (:f_city))"),
                        "cross join lateral (select c::text from unnest(m.cities) c) u(v)")));
        FacetSql.Counted counted = facets.count(jdbc, params);
        StringBuilder where = new StringBuilder(facets.where());
        facets.dimensions().stream().filter(f -> f.selected() != null).forEach(f -> where.append(" and ").append(f.selected()));
        String order = "p.status_on desc, p.id desc";
        if (!understood.isEmpty()) {
            params.put("all", understood.allAlternatives());
            order = "ts_rank(p.search, crossroads_alternatives_query(:all)) desc, " + order;
        }
        List<Long> ids = jdbc.sql("select p.id from pledge p where " + where + " order by " + order + " limit :limit")
                .params(params).param("limit", size).query(Long.class).list();
        List<Hit> hits = ids.stream().map(id -> store.find(id).orElseThrow()).map(p -> {
            String text = p.text(locale).text();
            return new Hit(p.id(), text.length() <= 120 ? text : text.substring(0, 119) + "…", "/pledges/" + p.id(), text);
        }).toList();
        return new Result(counted.total(), hits, understood, counted.counts());
    }
}
