-- Synthetic load for the benchmark: 20,000 described cities, 40 networks with memberships and
-- 100,000 published initiatives with realistic facets. Deterministic (setseed), set-based.
select setseed(0.42);

create temp table bench_city as
  select id, country_code, name, row_number() over (order by population desc nulls last, id) as n
  from place where geonames_id is not null order by population desc nulls last, id limit 20000;

update place p set
  roles = case p.id % 5 when 0 then '{origin}'::text[] when 1 then '{transit}'::text[] when 2 then '{destination}'::text[]
               when 3 then '{transit,destination}'::text[] else '{origin,transit}'::text[] end,
  routes = case p.id % 4 when 0 then '{central_med}'::text[] when 1 then '{western_med}'::text[]
                when 2 then '{eastern_med}'::text[] else '{atlantic}'::text[] end
from bench_city c where c.id = p.id;

insert into organisation (external_id, name, acronym, type, source, created_by)
  select 'org:bench-' || g, 'Benchmark city network ' || g, 'BCN' || g, 'city_network', 'benchmark', 'benchmark'
  from generate_series(1, 40) g;

insert into membership (organisation_id, place_id, role, source, created_by)
  select o.id, c.id, 'member', 'benchmark', 'benchmark'
  from bench_city c join organisation o on o.external_id = 'org:bench-' || (1 + c.n % 40);

create temp table words as select unnest(array['migrant','refugee','reception','housing','inclusion','dialogue','city',
  'urban','orientation','legal','employment','education','health','youth','women','cohesion','mobility','transit',
  'data','profile','governance','service','office','network','partnership','exchange','learning','narrative',
  'culture','integration','climate','return','diaspora','protection','desk','forum','platform','charter']) as w;
create temp table w as select row_number() over () as i, w from words;

insert into initiative (external_id, name, summary, activity_type, themes, status, gcm_objectives, routes, source,
                        created_by, start_date, end_date)
select 'bench:' || g,
  initcap((select w from w where i = 1 + (g * 7) % 38)) || ' ' || (select w from w where i = 1 + (g * 13) % 38) || ' programme ' || g,
  'Cities work on ' || (select w from w where i = 1 + (g * 17) % 38) || ' and ' || (select w from w where i = 1 + (g * 23) % 38)
    || ' with local partners, migrants and refugees.',
  (array['peer_exchange','knowledge_data','expert_linking','city_partnership','joint_strategy','joint_advocacy',
         'inclusive_services','migrant_programme','drivers_returnees'])[1 + floor(random() * 9)::int],
  (select array_agg(distinct t) from (select (array['housing','employment','education','health','data',
      'communication_narratives','culture','social_cohesion','legal_aid','reception_orientation','climate_migration',
      'covid19','urban_planning','governance','labour_mobility','social_protection','participation','gender',
      'children_youth','access_to_services'])[1 + floor(random() * 20)::int] as t
      from generate_series(1, 1 + (g % 3))) x),
  (array['planned','active','active','active','completed','suspended'])[1 + floor(random() * 6)::int],
  (select coalesce(array_agg(distinct o), '{}') from (select 1 + floor(random() * 23)::int as o from generate_series(1, g % 4)) y),
  case g % 5 when 0 then '{central_med}'::text[] when 1 then '{western_med}'::text[] when 2 then '{eastern_med}'::text[]
             when 3 then '{atlantic}'::text[] else '{}'::text[] end,
  'benchmark', 'benchmark',
  make_date(2010 + (g % 14), 1 + (g % 12), 1), make_date(2024 + (g % 3), 12, 31)
from generate_series(1, 100000) g;

insert into initiative_place (initiative_id, place_id)
  select i.id, c.id from initiative i
  cross join lateral generate_series(0, i.id % 3) k
  join bench_city c on c.n = 1 + ((i.id * 7919 + k * 104729) % 20000)
  where i.external_id like 'bench:%'
  on conflict do nothing;

insert into initiative_organisation (initiative_id, organisation_id, role)
  select i.id, o.id, 'network' from initiative i
  join organisation o on o.external_id = 'org:bench-' || (1 + i.id % 40)
  where i.external_id like 'bench:%' and i.id % 10 < 7;

update initiative i set
  country_codes = coalesce((select array_agg(distinct p.country_code::text) from initiative_place ip join place p on p.id = ip.place_id where ip.initiative_id = i.id), '{}'),
  search_text = crossroads_key(i.name || ' ' || i.summary || ' ' || coalesce((select string_agg(p.name, ' ')
      from initiative_place ip join place p on p.id = ip.place_id where ip.initiative_id = i.id), ''))
where i.external_id like 'bench:%';

analyze;
select (select count(*) from initiative) as initiatives, (select count(*) from initiative_place) as initiative_places,
       (select count(distinct place_id) from initiative_place) as cities_used, (select count(*) from membership) as memberships;
