-- Synthetic cooperation graph for the network benchmark (issue 10), on top of the built-in dataset:
-- 20,000 gazetteer cities on the routes, 40 city networks of skewed sizes holding 100,000 memberships,
-- 2,000 implementing organisations, 100,000 published initiatives naming 1-3 cities, 500 peer-learning
-- events with 8-30 participating cities each (one registration per city: the graph never counts
-- persons), 400 city partnerships, 300 validated outcomes crediting an inspiring city, and needs and
-- offers on the 20 themes for matching. Set-based and deterministic (setseed); one transaction.
-- Usage: psql -v ON_ERROR_STOP=1 -f bench/network.sql
\set ON_ERROR_STOP on
begin;
select setseed(0.10) as seeded \gset

-- The 20,000 most populous gazetteer places, each given a route and a role (so the whole graph is on the
-- routes: the largest under-connected list the page can have).
create temp table bench_city as
  select id, country_code, row_number() over (order by population desc nulls last, id)::int as n
  from place where geonames_id is not null order by population desc nulls last, id limit 20000;
create index on bench_city (n);

update place p set
  roles = case p.id % 5 when 0 then '{origin}'::text[] when 1 then '{transit}'::text[] when 2 then '{destination}'::text[]
               when 3 then '{transit,destination}'::text[] else '{origin,transit}'::text[] end,
  routes = case p.id % 4 when 0 then '{central_med}'::text[] when 1 then '{western_med}'::text[]
                when 2 then '{eastern_med}'::text[] else '{atlantic}'::text[] end
from bench_city c where c.id = p.id;

-- 40 city networks and 2,000 implementing organisations (NGOs, agencies).
insert into organisation (external_id, name, acronym, type, source, created_by)
  select 'org:netbench-network-' || g, 'Benchmark city network ' || g, 'NBN' || g, 'city_network', 'benchmark', 'benchmark'
  from generate_series(1, 40) g;
insert into organisation (external_id, name, type, source, created_by)
  select 'org:netbench-org-' || g, 'Benchmark organisation ' || g, (array['ngo', 'international_organisation', 'local_authority', 'academia'])[1 + g % 4],
         'benchmark', 'benchmark'
  from generate_series(1, 2000) g;
create temp table bench_network as
  select row_number() over (order by id)::int as n, id from organisation where external_id like 'org:netbench-network-%';
create temp table bench_org as
  select row_number() over (order by id)::int as n, id from organisation where external_id like 'org:netbench-org-%';

-- 100,000 memberships: sizes skewed like real networks (a few with thousands of members, most with a few
-- hundred); 70 % with a joining year, 10 % ended, so that the year views differ.
insert into membership (organisation_id, place_id, role, since, until, source, created_by)
  select n.id, x.city, 'member', x.since, case when x.ends then x.since + 365 * (1 + floor(random() * 5)::int) end,
         'benchmark', 'benchmark'
  from (
    select distinct on (d.city, d.network) d.*
    from (select c.id as city, 1 + floor(40 * power(random(), 1.6))::int as network,
                 case when random() < 0.7 then make_date(2008 + floor(random() * 18)::int, 1 + floor(random() * 12)::int, 1) end as since,
                 random() < 0.1 as ends, random() as r
          from bench_city c cross join generate_series(1, 9) k) d
    order by d.city, d.network, d.r) x
  join bench_network n on n.n = x.network
  order by x.r limit 100000
  on conflict do nothing;
update membership set until = null where created_by = 'benchmark' and since is null;

-- 400 city partnerships (twinning and projects), between cities of the same or nearby ranks.
insert into city_partnership (place_a, place_b, kind, since, until, source, created_by)
  select a.id, b.id, case when g % 3 = 0 then 'project' else 'twinning' end,
         make_date(2005 + g % 20, 1 + g % 12, 1), case when g % 5 = 0 then make_date(2026, 12, 31) end, 'benchmark', 'benchmark'
  from generate_series(1, 400) g
  join bench_city a on a.n = 1 + (g * 7919) % 20000
  join bench_city b on b.n = 1 + (g * 7919 + 1 + (g * 31) % 500) % 20000;

-- 100,000 published initiatives, each naming 1-3 cities, 70 % with 1-2 implementing organisations.
insert into initiative (external_id, name, summary, activity_type, themes, status, source, created_by, start_date, end_date)
select 'netbench:' || g, 'Benchmark initiative ' || g, 'Cities and local partners work together with migrants and refugees.',
  (array['peer_exchange','knowledge_data','expert_linking','city_partnership','joint_strategy','joint_advocacy',
         'inclusive_services','migrant_programme','drivers_returnees'])[1 + g % 9],
  array[(array['housing','employment','education','health','data','communication_narratives','culture','social_cohesion',
      'legal_aid','reception_orientation','climate_migration','covid19','urban_planning','governance','labour_mobility',
      'social_protection','participation','gender','children_youth','access_to_services'])[1 + (g * 7) % 20]],
  (array['planned','active','active','completed'])[1 + g % 4], 'benchmark', 'benchmark',
  make_date(2008 + (g % 17), 1 + (g % 12), 1), case when g % 3 = 0 then null else make_date(2008 + (g % 17) + 1 + (g % 6), 12, 31) end
from generate_series(1, 100000) g;

insert into initiative_place (initiative_id, place_id)
  select i.id, c.id from initiative i
  cross join lateral generate_series(0, i.id % 3) k
  join bench_city c on c.n = 1 + ((i.id * 7919 + k * (1 + (i.id * 104729) % 3000)) % 20000)
  where i.external_id like 'netbench:%'
  on conflict do nothing;

insert into initiative_organisation (initiative_id, organisation_id, role)
  select i.id, o.id, case when k = 0 then 'implementer' else 'partner' end from initiative i
  cross join lateral generate_series(0, i.id % 2) k
  join bench_org o on o.n = 1 + (i.id * 31 + k * 977) % 2000
  where i.external_id like 'netbench:%' and i.id % 10 < 7
  on conflict do nothing;

-- 500 peer-learning events (2011-2026), each hosted by a city with 7-29 other participating cities, drawn
-- mostly from 3,000 active cities; one registration per participating city.
create temp table bench_event as
  select g as n, make_date(2011 + (g - 1) / 32, 1, 5) + ((g - 1) % 32) * 11 as starts_on,
         1 + floor(random() * 3000)::int as host_n, 8 + floor(random() * 23)::int as cities,
         'Benchmark peer exchange ' || g as theme
  from generate_series(1, 500) g;
insert into learning_event (external_id, theme, host_place_id, starts_on, ends_on, format, languages, source, created_by)
  select 'netbench:event:' || e.n, e.theme, c.id, e.starts_on, e.starts_on + 2, 'in_person', '{en,fr}', 'benchmark', 'benchmark'
  from bench_event e join bench_city c on c.n = e.host_n;
create temp table bench_event_city as
  select x.id as event_id, c.id as place_id
  from bench_event e join learning_event x on x.external_id = 'netbench:event:' || e.n
  cross join lateral (select c.id from bench_city c where c.n <= 3000 and c.n <> e.host_n
                      order by random() + 0 * e.n limit e.cities - 1) c;
insert into participant (full_name, email, place_id, language, match_key, created_by)
  select 'Delegate of ' || p.name, 'netbench-' || p.id || '@bench.example.org', p.id, 'en', 'delegate of ' || lower(p.name), 'benchmark'
  from place p where p.id in (select distinct place_id from bench_event_city);
insert into registration (event_id, participant_id, place_id, attended, registered_by)
  select ec.event_id, x.id, ec.place_id, true, 'benchmark'
  from bench_event_city ec join participant x on x.email = 'netbench-' || ec.place_id || '@bench.example.org';

-- 300 validated outcomes, each crediting another city as its inspiration.
insert into outcome_statement (status, change_agent, change_type, description, observed_on, place_id, inspired_by_place_id,
                               validated_by, validated_at, created_by)
  select 'validated', 'City council', 'practice', 'Adopted a practice seen in a peer city (benchmark ' || g || ').',
         make_date(2014 + g % 12, 1 + g % 12, 1), a.id, b.id, 'benchmark', now(), 'benchmark'
  from generate_series(1, 300) g
  join bench_city a on a.n = 1 + (g * 104729) % 5000
  join bench_city b on b.n = 1 + (g * 7919 + 17) % 5000
  where a.id <> b.id;

-- Needs and offers on the 20 themes: 2,000 needs and 4,000 offers (70 % consenting to be contacted), 10 %
-- private, so that matching has candidates to rank for every theme.
create temp table bench_theme as
  select row_number() over ()::int as n, t from unnest(array['housing','employment','education','health','data',
    'communication_narratives','culture','social_cohesion','legal_aid','reception_orientation','climate_migration',
    'covid19','urban_planning','governance','labour_mobility','social_protection','participation','gender',
    'children_youth','access_to_services']) t;
insert into need_statement (place_id, title, description, language, themes, preferred_languages, visibility, created_by)
  select c.id, 'Benchmark need ' || g, 'We need help with ' || t.t || ' in our city.', 'en', array[t.t], '{en,fr}',
         case when g % 10 = 0 then 'private' else 'public' end, 'benchmark'
  from generate_series(1, 2000) g
  join bench_city c on c.n = 1 + (g * 7919) % 20000
  join bench_theme t on t.n = 1 + g % 20;
insert into offer_statement (place_id, title, description, language, themes, languages, contact_consent, visibility, created_by)
  select c.id, 'Benchmark offer ' || g, 'We can share our experience of ' || t.t || '.', 'en', array[t.t], '{en,fr}',
         g % 10 < 7, case when g % 10 = 9 then 'private' else 'public' end, 'benchmark'
  from generate_series(1, 4000) g
  join bench_city c on c.n = 1 + (g * 104729) % 20000
  join bench_theme t on t.n = 1 + (g * 3) % 20;

commit;
analyze;

select 'summary' as summary;
select (select count(*) from place where geonames_id is not null) as gazetteer_places,
       (select count(*) from bench_city) as bench_cities,
       (select count(*) from membership) as memberships,
       (select count(distinct organisation_id) from membership) as networks_with_members,
       (select max(n) from (select count(*) n from membership group by organisation_id) s) as largest_network,
       (select count(*) from city_partnership) as partnerships;
select (select count(*) from initiative where publication = 'published') as initiatives,
       (select count(*) from initiative_place) as initiative_places,
       (select count(*) from initiative_organisation) as initiative_organisations,
       (select count(*) from learning_event) as events,
       (select count(*) from registration where registered_by = 'benchmark') as event_cities,
       (select count(*) from outcome_statement where status = 'validated' and inspired_by_place_id is not null) as inspiration_outcomes,
       (select count(*) from need_statement) as needs,
       (select count(*) from offer_statement) as offers;
