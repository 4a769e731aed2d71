package org.crossroads.data;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads stored data values for pages, exports and the API, filtered by what the reader may see. */
@org.springframework.modulith.NamedInterface("api")
@Repository
public class DataValues {

    private static final String SELECT = """
            select v.id, i.code, v.place_id, p.name, p.country_code, v.period, v.combination, v.categories::text, v.value,
                   v.source, v.method_note, v.quality, v.confidentiality, v.computed, coalesce(v.updated_at, v.created_at)
            from data_value v join indicator i on i.id = v.indicator_id join place p on p.id = v.place_id""";

    /** Public values looked at per table at most: a table whose first ones are all hidden counts as not published. */
    static final int PROBED_PER_TABLE = 20;

    private final JdbcClient jdbc;
    private final int threshold;

    DataValues(JdbcClient jdbc, DataSettings settings) {
        this.jdbc = jdbc;
        this.threshold = settings.smallCountThreshold();
    }

    /** An indicator a place publishes: it has at least one value of it that a visitor who is not signed in sees. */
    public record PublishedIndicator(long placeId, long indicatorId) {}

    /**
     * Every place and indicator with at least one value an anonymous visitor sees: a {@code public} value whose
     * small-count protection is worked out at the current threshold ({@code data_protected}; a table not worked out
     * yet is hidden whole: fail closed) and which that protection does not hide ({@code data_hidden.public_why},
     * decision 0007). Names indicators, never values or counts. One query for the whole platform, for background
     * work (peer matching's index): it walks the protected tables, one per place and indicator, and probes each
     * through the index {@code data_value_place} until the first value shown (looked up in {@code data_hidden}'s
     * primary key), looking at {@value #PROBED_PER_TABLE} public values at most: a table whose first ones are all
     * hidden counts as not published (it errs towards saying less), and no table costs more than that
     * (docs/data-analytics.md, "Published indicators").
     */
    public List<PublishedIndicator> publishedIndicators() {
        return jdbc.sql("""
                select t.place_id, t.indicator_id from data_protected t
                where t.threshold = :threshold and exists (
                  select 1 from (select v.period, v.combination from data_value v
                                 where v.place_id = t.place_id and v.indicator_id = t.indicator_id and v.confidentiality = 'public'
                                 limit :probed) v
                  where not exists (select 1 from data_hidden h
                                    where h.indicator_id = t.indicator_id and h.place_id = t.place_id and h.period = v.period
                                      and h.combination = v.combination and h.public_why is not null))
                order by t.place_id, t.indicator_id""")
                .param("threshold", threshold).param("probed", PROBED_PER_TABLE)
                .query((rs, n) -> new PublishedIndicator(rs.getLong(1), rs.getLong(2))).list();
    }

    /** The latest yearly total of a place's indicator that an anonymous visitor sees. */
    public record PublishedTotal(long placeId, long indicatorId, int year, BigDecimal value) {}

    /**
     * For every place and indicator, the total of its latest year that a visitor who is not signed in sees: the
     * marginal total ({@code data_marginal}, dimension "") of a yearly period whose cells are all {@code public}, of a
     * table whose protection is worked out at the current threshold (fail closed) and that {@code data_hidden} does
     * not hide from the public (decision 0007), as a city profile shows it. A total hidden as "&lt;5" or "x" is
     * passed over for the latest one shown. Quarters and months are left out, so that two places' totals cover the
     * same length of time. One query for the whole platform, for background work (peer matching compares two
     * cities' figures): it walks {@code data_protected} and reads each table's totals newest first from the partial
     * index {@code data_marginal_totals} until the first one shown (docs/data-analytics.md, "Published totals").
     */
    public List<PublishedTotal> publishedTotals() {
        return jdbc.sql("""
                select t.place_id, t.indicator_id, m.period, m.value from data_protected t
                cross join lateral (
                  select m.period, m.value from data_marginal m
                  where m.place_id = t.place_id and m.indicator_id = t.indicator_id and m.dimension = ''
                    and m.period ~ '^[0-9]{4}$' and m.confidentiality = 'public'
                    and not exists (select 1 from data_hidden h
                                    where h.indicator_id = t.indicator_id and h.place_id = t.place_id and h.period = m.period
                                      and h.combination = '' and h.public_why is not null)
                  order by m.period_start desc limit 1) m
                where t.threshold = :threshold""")
                .param("threshold", threshold)
                .query((rs, n) -> new PublishedTotal(rs.getLong(1), rs.getLong(2), Integer.parseInt(rs.getString(3)),
                        rs.getBigDecimal(4))).list();
    }

    /** A value with its indicator code and place, as exports and the API give it. */
    public record Row(long id, String indicator, long placeId, String placeName, String countryCode, String period,
            String combination, Map<String, String> categories, BigDecimal value, String source, String methodNote,
            String quality, String confidentiality, boolean computed, OffsetDateTime updatedAt) {}

    /**
     * @param indicators codes, or empty for all
     * @param placeIds ids, or empty for all
     * @param periods period texts, or empty for all
     * @param levels the confidentiality levels the reader may see, per place (see {@link DataAccess}); the
     *     levels given here apply to all places, and {@code confidentialPlaces} adds confidential values of those
     */
    public record Query(List<String> indicators, List<Long> placeIds, List<String> periods, List<String> levels,
            List<Long> confidentialPlaces, int limit, int offset) {}

    public List<Row> find(Query q) {
        StringBuilder where = new StringBuilder(" where (v.confidentiality = any(:levels) or (v.confidentiality = 'confidential' and v.place_id = any(:conf)))");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("levels", q.levels().toArray(String[]::new));
        params.put("conf", q.confidentialPlaces().toArray(Long[]::new));
        if (!q.indicators().isEmpty()) {
            where.append(" and i.code = any(:ind)");
            params.put("ind", q.indicators().toArray(String[]::new));
        }
        if (!q.placeIds().isEmpty()) {
            where.append(" and v.place_id = any(:places)");
            params.put("places", q.placeIds().toArray(Long[]::new));
        }
        if (!q.periods().isEmpty()) {
            where.append(" and v.period = any(:periods)");
            params.put("periods", q.periods().toArray(String[]::new));
        }
        return jdbc.sql(SELECT + where + " order by i.code, p.name, v.period_start, v.combination limit :limit offset :offset")
                .params(params).param("limit", q.limit()).param("offset", q.offset()).query(DataValues::row).list();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), categories(rs.getString(7)), rs.getBigDecimal(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13), rs.getBoolean(14),
                rs.getObject(15, OffsetDateTime.class));
    }

    /** The earlier versions of a value, newest first. */
    public List<Map<String, Object>> history(long valueId) {
        return jdbc.sql("select value, source, quality, confidentiality, changed_by, changed_at from data_value_history where value_id = :v order by id desc")
                .param("v", valueId).query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("value", rs.getBigDecimal(1));
                    m.put("source", rs.getString(2));
                    m.put("quality", rs.getString(3));
                    m.put("confidentiality", rs.getString(4));
                    m.put("changedBy", rs.getString(5));
                    m.put("changedAt", rs.getObject(6, OffsetDateTime.class));
                    return m;
                }).list();
    }

    static Map<String, String> categories(String combination) {
        Map<String, String> categories = new LinkedHashMap<>();
        if (combination == null || combination.isEmpty()) {
            return categories;
        }
        for (String pair : combination.split("\\|")) {
            String[] kv = pair.split("=", 2);
            categories.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        return categories;
    }

    static List<String> pairs(Map<String, String> categories) {
        List<String> pairs = new ArrayList<>();
        categories.forEach((k, v) -> pairs.add(k + "=" + v));
        return pairs;
    }
}
