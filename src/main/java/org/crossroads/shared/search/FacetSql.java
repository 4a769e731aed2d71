package org.crossroads.shared.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The counts of one kind of record per facet value in one SQL statement, by the usual faceted-search rule: a facet's
 * counts ignore its own selection and respect every other one. The records matching the words and the reader's access
 * are read once (a materialised CTE {@code m} of the columns the facets read and, per selected facet, whether it keeps
 * the record), then grouped once per facet: no record is loaded into Java, and the words' condition (a GIN index) runs
 * once whatever the number of facets.
 *
 * @param from    the table and its alias, e.g. {@code document d}
 * @param columns the columns {@code m} keeps, the first being the record's id named {@code id}
 * @param where   the reader's access and the words, on the alias
 */
public record FacetSql(String from, String columns, String where, List<Dimension> dimensions) {

    /**
     * One facet.
     *
     * @param name     the facet, as the counts name it
     * @param selected the condition (on the alias of {@code from}) a record meets when the facet's selected values keep
     *                 it; null when nothing is selected
     * @param values   what follows {@code from m} to give the record's values of the facet as a text column {@code v}
     *                 (a record with several values counts once under each), e.g. {@code cross join unnest(m.themes) u(v)}
     */
    public record Dimension(String name, String selected, String values) {}

    /** The total (every selection applied) and per facet, value and count. */
    public Counted count(JdbcClient jdbc, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("with m as materialized (select ").append(columns);
        List<String> kept = new ArrayList<>();
        for (int k = 0; k < dimensions.size(); k++) {
            if (dimensions.get(k).selected() != null) {
                sql.append(", (").append(dimensions.get(k).selected()).append(") as s").append(k);
                kept.add("s" + k);
            }
        }
        sql.append(" from ").append(from).append(" where ").append(where).append(")\n")
                .append("select '' as facet, null as v, count(*) as n from m where true");
        kept.forEach(s -> sql.append(" and m.").append(s));
        for (int k = 0; k < dimensions.size(); k++) {
            Dimension d = dimensions.get(k);
            // distinct pairs, then counted: both hashed, where count(distinct) sorts every pair (40 % of the statement)
            sql.append("\nunion all select '").append(d.name()).append("', v, count(*) from (select distinct m.id, v from m ")
                    .append(d.values()).append(" where v is not null");
            String own = "s" + k;
            kept.stream().filter(s -> !s.equals(own)).forEach(s -> sql.append(" and m.").append(s));
            sql.append(") g group by v");
        }
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        dimensions.forEach(d -> counts.put(d.name(), new HashMap<>()));
        long[] total = {0};
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            String facet = rs.getString(1);
            if (facet.isEmpty()) {
                total[0] = rs.getLong(3);
            } else {
                counts.get(facet).put(rs.getString(2), rs.getLong(3));
            }
        });
        return new Counted(total[0], counts);
    }

    /**
     * The condition for a facet's selected values (bound as {@code :f_<facet>}, a list), or null when none is selected:
     * for {@link Dimension#selected}.
     */
    public static String texts(Map<String, Set<String>> selected, String facet, Map<String, Object> params, String condition) {
        Set<String> values = selected.getOrDefault(facet, Set.of());
        if (values.isEmpty()) {
            return null;
        }
        params.put("f_" + facet, List.copyOf(values));
        return condition;
    }

    /** Like {@link #texts} for ids (bigint); a value that is no id (a hand-written URL) selects nothing. */
    public static String ids(Map<String, Set<String>> selected, String facet, Map<String, Object> params, String condition) {
        return parsed(selected, facet, params, condition, "[0-9]{1,18}", Long::valueOf);
    }

    /** Like {@link #texts} for integers (years). */
    public static String numbers(Map<String, Set<String>> selected, String facet, Map<String, Object> params, String condition) {
        return parsed(selected, facet, params, condition, "[0-9]{1,9}", Integer::valueOf);
    }

    private static String parsed(Map<String, Set<String>> selected, String facet, Map<String, Object> params,
            String condition, String pattern, Function<String, Object> parse) {
        Set<String> values = selected.getOrDefault(facet, Set.of());
        if (values.isEmpty()) {
            return null;
        }
        List<Object> parsed = values.stream().filter(v -> v.matches(pattern)).map(parse).toList();
        params.put("f_" + facet, parsed.isEmpty() ? List.of(-1) : parsed);
        return condition;
    }

    /** How many records match every selection, and per facet how many each value would give. */
    public record Counted(long total, Map<String, Map<String, Long>> counts) {

        public static Counted none() {
            return new Counted(0, Map.of());
        }
    }
}
