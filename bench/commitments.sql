-- Synthetic commitments for the framework report benchmark (issue 13 §4), on an empty database with the gazetteer:
-- one pledging process reporting to 10 reviews (2016-2026), 5,000 pledges of the 2,000 most populous gazetteer places
-- (one city, or two for a joint pledge), each with a history of 1-5 status changes spread over the reviews (notes on
-- about half, web evidence on about a third), about 5 % restricted. The pledge keeps its latest change as its current
-- status, as the application does. Set-based and deterministic (setseed); one transaction.
-- Usage: psql -v ON_ERROR_STOP=1 -f bench/commitments.sql   (prints the framework's id and the review ids)
\set ON_ERROR_STOP on
begin;
select setseed(0.13) as seeded \gset

-- 10 reviews, about 13 months apart, from June 2016 to July 2026, each held over 4 days
insert into review_cycle (external_id, process, language, name, translations, held_from, held_to, created_by)
  select 'bench-review-' || n, (array['GRF', 'IMRF', 'GFMD'])[1 + n % 3], 'en', 'Benchmark review ' || n,
         jsonb_build_object('fr', jsonb_build_object('name', 'Revue de test ' || n)),
         date '2016-06-06' + (n - 1) * 410, date '2016-06-06' + (n - 1) * 410 + 3, 'benchmark'
  from generate_series(1, 10) n;

insert into framework (external_id, kind, language, title, summary, translations, adopted_on, adopted_precision,
                       convener_name, articles_label, created_by)
  values ('bench-framework', 'pledging_process', 'en', 'Benchmark pledging process',
          'A pledging process generated for the framework report benchmark.',
          '{"fr": {"title": "Processus d''engagement de test"}}', date '2016-01-01', 'year', 'Benchmark forum',
          'commitment', 'benchmark');
select id as framework from framework where external_id = 'bench-framework' \gset

insert into framework_article (framework_id, number, language, text)
  select :framework, n, 'en', 'Benchmark commitment ' || n || ': cities will act together on inclusion and services.'
  from generate_series(1, 12) n;
insert into framework_cycle (framework_id, cycle_id)
  select :framework, id from review_cycle where external_id like 'bench-review-%';

-- The 2,000 most populous gazetteer places
create temp table bench_city as
  select id, row_number() over (order by population desc nulls last, id)::int as n
  from place where geonames_id is not null order by population desc nulls last, id limit 2000;
create index on bench_city (n);

-- 5,000 pledges, made from early 2016 to mid 2026 (a few before the first review), in the four languages; every
-- twentieth restricted
create temp table bench_pledge as
  select n, date '2016-01-15' + (random() * 3700)::int as made_on, 1 + floor(random() * 5)::int as changes,
         (array['en', 'en', 'en', 'fr', 'es', 'ar'])[1 + floor(random() * 6)::int] as language,
         random() < 0.3 as joint
  from generate_series(1, 5000) n;

insert into pledge (external_id, framework_id, language, text, translations, articles, gcm_objectives, themes,
                    target_on, target_precision, responsible_office, status, status_on, visibility, created_by)
  select 'bench-pledge-' || b.n, :framework, b.language,
         (array['Open a one-stop reception desk for newcomers in the city centre',
                'Translate municipal services information into five languages',
                'Train 200 municipal staff on the rights of migrants',
                'Fund a housing mediation service for refugee families',
                'Include migrant associations in the city''s advisory council',
                'Offer free language courses to every adult newcomer',
                'Map local labour shortages with employers and migrant workers',
                'Give unaccompanied children a mentor within a month of arrival'])[1 + b.n % 8]
           || ' (pledge ' || b.n || ')',
         case when b.n % 3 = 0 then jsonb_build_object('fr', jsonb_build_object('text', 'Engagement de test ' || b.n))
              else '{}'::jsonb end,
         array[1 + b.n % 12], array[(1 + b.n % 23)::text], array[(array['housing', 'employment', 'education', 'health'])[1 + b.n % 4]],
         b.made_on + 365 * (1 + b.n % 4), 'year', 'Office for migrant inclusion', 'announced', b.made_on,
         case when b.n % 20 = 0 then 'restricted' else 'public' end, 'benchmark'
  from bench_pledge b order by b.n;
create temp table bench_pledge_id as
  select p.id, b.* from pledge p join bench_pledge b on p.external_id = 'bench-pledge-' || b.n;

-- parties: a city, and a second one for a joint pledge (never the same)
insert into pledge_party (pledge_id, position, place_id)
  select b.id, 0, c.id from bench_pledge_id b join bench_city c on c.n = 1 + (b.n * 7919) % 2000;
insert into pledge_party (pledge_id, position, place_id)
  select b.id, 1, c.id from bench_pledge_id b join bench_city c on c.n = 1 + (b.n * 7919 + 1 + b.n % 997) % 2000
  where b.joint;

-- the history: announced on the day it was made, then each change 2 to 26 months after the one before (not past
-- mid 2026), moving on (planned, in progress, then fulfilled, stalled, changed or withdrawn)
create temp table bench_change as
  select b.id as pledge_id, k, b.language, b.made_on, b.n
  from bench_pledge_id b, generate_series(1, 5) k where k <= b.changes;
alter table bench_change add column changed_on date, add column status text;
update bench_change set changed_on = made_on where k = 1;
with steps as (
  select pledge_id, k, made_on + (sum(case when k = 1 then 0 else 60 + (random() * 730)::int end)
                            over (partition by pledge_id order by k))::int as on_day
  from bench_change)
update bench_change c set changed_on = least(s.on_day, date '2026-06-30')
from steps s where s.pledge_id = c.pledge_id and s.k = c.k;
update bench_change set status = case
  when k = 1 then 'announced'
  when k = 2 then (array['planned', 'planned', 'in_progress'])[1 + floor(random() * 3)::int]
  when k = 3 then 'in_progress'
  else (array['fulfilled', 'fulfilled', 'in_progress', 'stalled', 'changed', 'withdrawn'])[1 + floor(random() * 6)::int] end;

insert into pledge_status_change (pledge_id, status, changed_on, precision, language, note, translations, recorded_by)
  select pledge_id, status, changed_on, case when n % 10 = 0 then 'month' else 'day' end, language,
         case when random() < 0.5 then 'Progress reported by the city office (step ' || k || '): '
              || (array['the service opened', 'funding was approved by the council', 'staff were hired',
                        'a partner withdrew', 'the first evaluation was published'])[1 + floor(random() * 5)::int] end,
         '{}'::jsonb, 'benchmark'
  from bench_change order by pledge_id, k;

-- web evidence on about a third of the changes, one or two addresses each
insert into commitment_evidence (status_change_id, kind, url)
  select c.id, 'web', 'https://example.org/pledges/' || c.pledge_id || '/evidence/' || c.id || '/' || g
  from pledge_status_change c join bench_pledge_id b on b.id = c.pledge_id,
       generate_series(1, 2) g
  where (c.id * 2654435761) % 3 = 0 and (g = 1 or c.id % 2 = 0);

-- the current status: the latest change, as PledgeStore.addStatus keeps it
update pledge p set status = h.status, status_on = h.changed_on
from (select distinct on (c.pledge_id) c.pledge_id, c.status, c.changed_on from pledge_status_change c
      join bench_pledge_id b on b.id = c.pledge_id order by c.pledge_id, c.changed_on desc, c.id desc) h
where p.id = h.pledge_id;
commit;
analyze;

\echo summary
select 'framework ' || :framework || ': ' || (select count(*) from pledge where framework_id = :framework) || ' pledges ('
       || (select count(*) from pledge where framework_id = :framework and visibility = 'restricted') || ' restricted, '
       || (select count(*) from pledge p where framework_id = :framework and (select count(*) from pledge_party pp where pp.pledge_id = p.id) = 2)
       || ' joint), ' || (select count(distinct place_id) from pledge_party pp join pledge p on p.id = pp.pledge_id where p.framework_id = :framework)
       || ' cities, ' || (select count(*) from pledge_status_change c join pledge p on p.id = c.pledge_id where p.framework_id = :framework)
       || ' status changes (' || (select count(*) from pledge_status_change c join pledge p on p.id = c.pledge_id where p.framework_id = :framework and c.note is not null)
       || ' with a note), ' || (select count(*) from commitment_evidence where kind = 'web') || ' pieces of web evidence' as summary;
select 'reviews: ' || string_agg(r.id || ' (' || r.held_to || ')', ', ' order by r.held_from) as reviews
from framework_cycle fc join review_cycle r on r.id = fc.cycle_id where fc.framework_id = :framework;
select 'statuses now: ' || string_agg(status || ' ' || n, ', ' order by status) as statuses
from (select status, count(*) n from pledge where framework_id = :framework group by 1) s;
