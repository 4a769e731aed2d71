-- Synthetic analytics load (issue 4): the pre-aggregated marginals (data_marginal) that N data values
-- would give, written directly, without the values themselves (analytics read only the marginals).
-- Nine indicators of the starter catalogue, each broken down by all its dimensions at once (population:
-- sex x age group = 8 values; foreign-born residents: sex x age group x region of nationality = 40 ...),
-- 126 values per city and year, ten years (2015-2024), over as many of the most populous gazetteer cities
-- as N values need. Per indicator, city and year: the total and every category of every dimension (65
-- marginal rows per city and year). 5 % of the groups are tiny (small-cell suppression has work to do),
-- 7 % restricted, 3 % confidential. Deterministic (setseed and hashes), set-based.
-- Usage: psql -v values=10000000 -f bench/data-pivot.sql   (default 10,000,000; runs again without duplicates)
\if :{?values}
\else
  \set values 10000000
\endif
select setseed(0.4);

create temp table bench_indicator as
  select id, code, aggregation from indicator
  where code in ('population', 'foreign_born_residents', 'foreign_nationals', 'refugees_asylum_seekers', 'new_arrivals',
                 'people_assisted_reception', 'emigrants_abroad', 'foreign_pupils', 'unemployment_rate_foreign_nationals');

-- every marginal row of one city and year: the total (for indicators that sum) and each category of each dimension
create temp table bench_shape as
  select i.id as indicator_id, i.aggregation, '' as dimension, '' as category, 1.0 as share
  from bench_indicator i where i.aggregation = 'sum'
  union all
  select i.id, i.aggregation, d.code, c.code, 1.0 / count(*) over (partition by i.id, d.id)
  from bench_indicator i join indicator_dimension x on x.indicator_id = i.id
  join data_dimension d on d.id = x.dimension_id join data_category c on c.dimension_id = d.id;

-- values of one city and year: the product of each indicator's category counts
select sum(cells) as values_per_city_year from (
  select i.id, coalesce(exp(sum(ln(n))), 1)::int as cells
  from bench_indicator i left join (
    select x.indicator_id, count(*) as n from indicator_dimension x join data_category c on c.dimension_id = x.dimension_id
    group by x.indicator_id, x.dimension_id) k on k.indicator_id = i.id
  group by i.id) v \gset
select greatest(1, :values / (10 * :values_per_city_year)) as cities \gset
\echo values per city and year: :values_per_city_year, cities: :cities

create temp table bench_city as
  select id, row_number() over (order by population desc nulls last, id) as n
  from place where geonames_id is not null order by population desc nulls last, id limit :cities;

create temp table bench_year as select y, y::text as period, make_date(y, 1, 1) as start from generate_series(2015, 2024) y;

\timing on
insert into data_marginal (indicator_id, place_id, period, period_start, dimension, category, value, cells, confidentiality)
select g.indicator_id, g.place_id, g.period, g.start, s.dimension, s.category,
       case when s.aggregation = 'average' then round((2 + g.h % 30 + random() * 5)::numeric, 1)
            when s.dimension = '' then g.base
            else round(g.base * s.share * (0.7 + 0.6 * random())) end,
       1, g.confidentiality
from (
  select i.id as indicator_id, c.id as place_id, y.period, y.start, h,
         case when h % 20 = 0 then 1 + h % 12 else 20 + (h / 7) % 20000 end as base,
         case when h % 100 < 3 then 'confidential' when h % 100 < 10 then 'restricted' else 'public' end as confidentiality
  from bench_indicator i cross join bench_city c cross join bench_year y
  cross join lateral (select abs(hashtext(i.id || '/' || c.id || '/' || y.y)) as h) hh
) g join bench_shape s on s.indicator_id = g.indicator_id
on conflict do nothing;
\timing off

-- the steady state autovacuum reaches: statistics and the visibility map (index-only scans)
vacuum analyze data_marginal;
vacuum analyze data_hidden;
vacuum analyze data_protected;
select count(*) as marginal_rows, count(distinct place_id) as cities, pg_size_pretty(pg_total_relation_size('data_marginal')) as size
from data_marginal;
