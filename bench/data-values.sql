-- Synthetic data values (issue 4) in the import's long format, for the end-to-end pivot benchmark
-- (bench/data-pivot-imported.sh): the same nine indicators, ten years and most populous gazetteer cities as
-- bench/data-pivot.sql, but as the values themselves, each indicator broken down by all its dimensions at
-- once (126 values per city and year), so that the importer computes the marginals. 5 % of the groups are
-- tiny counts, 7 % restricted, 3 % confidential. Deterministic (hashes).
-- Usage: psql -v first=1 -v last=794 -f bench/data-values.sql > values.csv   (cities ranked first..last)
\pset format csv
\pset tuples_only on
create temp table bench_indicator as
  select id, code, aggregation, value_type from indicator
  where code in ('population', 'foreign_born_residents', 'foreign_nationals', 'refugees_asylum_seekers', 'new_arrivals',
                 'people_assisted_reception', 'emigrants_abroad', 'foreign_pupils', 'unemployment_rate_foreign_nationals');
-- every combination of each indicator's categories, one category of each of its dimensions
create temp table bench_combination as
with recursive dims as (
  select x.indicator_id, d.id as dimension_id, d.code, row_number() over (partition by x.indicator_id order by d.code) as n
  from indicator_dimension x join data_dimension d on d.id = x.dimension_id
  where x.indicator_id in (select id from bench_indicator)
), combos (indicator_id, n, combination, cells) as (
  select i.id, 0::bigint, '', 1 from bench_indicator i
  union all
  select c.indicator_id, c.n + 1, c.combination || case when c.combination = '' then '' else '; ' end || d.code || '=' || k.code,
         c.cells
  from combos c join dims d on d.indicator_id = c.indicator_id and d.n = c.n + 1
  join data_category k on k.dimension_id = d.dimension_id
)
select c.indicator_id, c.combination, row_number() over (partition by c.indicator_id order by c.combination) as k
from combos c where c.n = (select count(*) from dims where dims.indicator_id = c.indicator_id);
create temp table bench_city as
  select id, geonames_id, n from (
    select id, geonames_id, row_number() over (order by population desc nulls last, id) as n
    from place where geonames_id is not null) ranked
  where n between :first and :last;
select i.code, 'geonames:' || c.geonames_id, y,
       b.combination,
       case when i.value_type = 'percent' then round((2 + g.h % 30 + (b.k % 7))::numeric, 1)
            when g.h % 20 = 0 then (g.h + b.k) % 2
            else 1 + (g.h / 7 + b.k * 13) % 400 end,
       'synthetic benchmark', '', 'good',
       case when g.h % 100 < 3 then 'confidential' when g.h % 100 < 10 then 'restricted' else 'public' end
from bench_indicator i join bench_combination b on b.indicator_id = i.id
cross join bench_city c cross join generate_series(2015, 2024) y
cross join lateral (select abs(hashtext(i.id || '/' || c.id || '/' || y)) as h) g
order by c.n, y, i.code, b.combination;
