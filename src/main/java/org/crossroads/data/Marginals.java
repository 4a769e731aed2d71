package org.crossroads.data;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refreshes the pre-aggregated marginals that analytics read ({@code data_marginal}): per indicator,
 * place and period, the total and each category of each dimension. A value given for exactly that
 * category (or the total) is taken as it is; otherwise, for indicators that sum or average, the finest
 * breakdown given is aggregated. The strictest confidentiality of the cells behind a figure goes with it.
 */
@Component
class Marginals {

    private static final String LEVEL = "case confidentiality when 'public' then 0 when 'restricted' then 1 else 2 end";
    private static final String LEVEL_NAME = "(array['public', 'restricted', 'confidential'])[max(" + LEVEL + ") + 1]";

    private final JdbcClient jdbc;

    Marginals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void refresh(Collection<Long> indicatorIds, Collection<Long> placeIds) {
        if (indicatorIds.isEmpty() || placeIds.isEmpty()) {
            return;
        }
        Long[] indicators = indicatorIds.toArray(Long[]::new);
        Long[] places = placeIds.toArray(Long[]::new);
        jdbc.sql("delete from data_marginal where indicator_id = any(:i) and place_id = any(:p)")
                .param("i", indicators).param("p", places).update();
        // given totals and given single-category values; categories are read from the combination text
        // ("age_group=15_24|sex=female"), much cheaper than the JSON functions on large batches
        jdbc.sql("""
                insert into data_marginal (indicator_id, place_id, period, period_start, dimension, category, value, cells, confidentiality)
                select v.indicator_id, v.place_id, v.period, v.period_start, split_part(v.combination, '=', 1),
                       coalesce(nullif(split_part(v.combination, '=', 2), ''), ''), v.value, 1, v.confidentiality
                from data_value v
                where v.indicator_id = any(:i) and v.place_id = any(:p) and strpos(v.combination, '|') = 0""")
                .param("i", indicators).param("p", places).update();
        // aggregates of the finest breakdown where nothing was given directly
        jdbc.sql("""
                with keyed as (
                  select v.indicator_id, v.place_id, v.period, v.period_start, v.value, v.confidentiality, v.combination,
                         i.aggregation, regexp_replace(v.combination, '=[^|]*', '', 'g') as keys,
                         length(v.combination) - length(replace(v.combination, '|', '')) + 1 as depth
                  from data_value v join indicator i on i.id = v.indicator_id
                  where v.indicator_id = any(:i) and v.place_id = any(:p) and i.aggregation <> 'none' and v.combination <> ''
                ), depths as (
                  select k.*, max(k.depth) over (partition by k.indicator_id, k.place_id, k.period) as deepest from keyed k
                ), finest as (
                  -- one complete breakdown when every finest cell is broken down by the same dimensions
                  select d.*, min(d.keys) over w as least_keys, max(d.keys) over w as most_keys
                  from depths d where d.depth = d.deepest window w as (partition by d.indicator_id, d.place_id, d.period)
                ), cells as (
                  select f.indicator_id, f.place_id, f.period, f.period_start, f.value, f.confidentiality, f.aggregation,
                         split_part(pair, '=', 1) as dimension, split_part(pair, '=', 2) as category
                  from finest f, string_to_table(f.combination, '|') as pair
                  where f.depth > 1
                  union all
                  -- a total only from one complete breakdown, never from breakdowns by different dimensions
                  select f.indicator_id, f.place_id, f.period, f.period_start, f.value, f.confidentiality, f.aggregation, '', ''
                  from finest f where f.aggregation = 'sum' and f.least_keys = f.most_keys
                )
                insert into data_marginal (indicator_id, place_id, period, period_start, dimension, category, value, cells, confidentiality)
                select indicator_id, place_id, period, min(period_start), dimension, category,
                       case min(aggregation) when 'sum' then sum(value) else avg(value) end, count(*), LEVEL_NAME
                from cells group by indicator_id, place_id, period, dimension, category
                on conflict do nothing""".replace("LEVEL_NAME", LEVEL_NAME))
                .param("i", indicators).param("p", places).update();
    }
}
