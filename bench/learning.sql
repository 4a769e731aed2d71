-- Synthetic peer-learning history for the benchmark of issue 3, on top of the built-in dataset (its
-- cities, networks, the default survey templates and the Five Core Capabilities must be loaded):
-- 10 years x 50 events organised by MC2CM (a third also by UCLG) hosted by ~100 cities, 5,000
-- participants, ~25-40 delegates per event with continuity (a city's delegates often come back), ~10 %
-- recorded absent, a feedback survey per event answered by ~60 % of delegates, a capability
-- self-assessment per city and year, 2,000 outcome statements and peer ratings.
-- Set-based and deterministic (setseed); one transaction. Usage: psql -v ON_ERROR_STOP=1 -f bench/learning.sql
\set ON_ERROR_STOP on
begin;
select setseed(0.3) as seeded \gset

-- Years: the ten complete years before the current one.
create temp table bench_year as
  select extract(year from current_date)::int - 10 as first_year;

-- ~100 cities: the places of the network memberships (MC2CM members first, then by population), plus
-- populous gazetteer places around the Mediterranean and in West Africa.
create temp table bench_city_pick as
  with m as (
    select m.place_id, bool_or(o.external_id = 'org:mc2cm') as mc2cm
    from membership m join organisation o on o.id = m.organisation_id group by m.place_id),
  members as (
    select p.id from m join place p on p.id = m.place_id
    order by m.mc2cm desc, p.population desc nulls last, p.id limit 80),
  extra as (
    select p.id from place p
    where p.geonames_id is not null and p.id not in (select id from members)
      and p.country_code in ('MA', 'TN', 'DZ', 'EG', 'LB', 'JO', 'TR', 'IT', 'ES', 'FR', 'GR', 'PT', 'LY', 'SN', 'NG', 'NE', 'ML', 'MR')
    order by p.population desc nulls last, p.id limit 20)
  select id from members union all select id from extra;

create temp table bench_city as
  select row_number() over (order by c.id)::int as n, c.id, p.country_code,
         case when p.country_code in ('MA', 'TN', 'DZ', 'SN', 'ML', 'NE', 'MR', 'FR', 'BE', 'CI', 'CM', 'BF') then 'fr'
              when p.country_code in ('JO', 'LB', 'EG', 'LY', 'PS', 'SY', 'IQ', 'SD') then 'ar'
              when p.country_code in ('ES', 'MX', 'CO', 'AR', 'CL', 'PE', 'EC') then 'es' else 'en' end as language,
         0.3 + random() as weight  -- how often the city takes part
  from bench_city_pick c join place p on p.id = c.id;

-- 5,000 participants, 50 per city. Each is active for 2-5 years (so a city's pool turns over) and has a
-- weight: a few people come back often, most come once or twice.
create temp table bench_person as
  select g as n, 1 + (g - 1) % (select count(*) from bench_city)::int as city_n,
         (select first_year from bench_year) - 1 + floor(random() * 11)::int as from_year,
         1 + floor(random() * 4)::int as span,
         power(random(), 2) * 4 + 0.3 as weight,
         (array['political', 'technical', 'technical', 'technical', 'technical', 'other'])[1 + floor(random() * 6)::int] as position,
         case when random() < 0.46 then 'woman' when random() < 0.86 then 'man' when random() < 0.3 then 'non_binary'
              else 'not_stated' end as gender,
         (array['Amina', 'Youssef', 'Fatima', 'Omar', 'Leila', 'Karim', 'Sara', 'Ahmed', 'Nadia', 'Mehdi', 'Ines', 'Hassan',
                'Maria', 'Jose', 'Lucia', 'Pablo', 'Giulia', 'Marco', 'Chiara', 'Luca', 'Claire', 'Pierre', 'Sophie', 'Julien',
                'Ana', 'Joao', 'Elena', 'Nikos', 'Ayse', 'Mehmet', 'Rania', 'Samir', 'Hana', 'Tarek', 'Aicha', 'Moussa',
                'Fatou', 'Ibrahim', 'Ngozi', 'Chinedu', 'Eva', 'Jonas', 'Lena', 'Felix', 'Mira', 'Adam', 'Nour', 'Rami',
                'Salma', 'Bilal'])[1 + floor(random() * 50)::int] as first_name,
         (array['Benali', 'El Amrani', 'Haddad', 'Mansour', 'Khoury', 'Saleh', 'Nasser', 'Bouzid', 'Trabelsi', 'Jaziri',
                'Garcia', 'Martinez', 'Lopez', 'Sanchez', 'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano',
                'Martin', 'Bernard', 'Dubois', 'Moreau', 'Laurent', 'Silva', 'Santos', 'Ferreira', 'Papadopoulos',
                'Yilmaz', 'Kaya', 'Demir', 'Diallo', 'Traore', 'Diop', 'Ndiaye', 'Okafor', 'Adeyemi', 'Mensah', 'Kone',
                'Schmidt', 'Muller', 'Weber', 'Wagner', 'Hofer', 'Gruber', 'Ahmed', 'Hassan', 'Ali', 'Ibrahim'])
           [1 + floor(random() * 50)::int] as last_name
  from generate_series(1, 5000) g;

insert into participant (full_name, email, place_id, position, gender, language, match_key, created_by, created_at)
  select p.first_name || ' ' || p.last_name, 'person' || p.n || '@bench.example.org', c.id, p.position, p.gender,
         c.language, lower(p.first_name || ' ' || p.last_name), 'benchmark',
         make_date(greatest(p.from_year, (select first_year from bench_year)), 1, 1)
  from bench_person p join bench_city c on c.n = p.city_n order by p.n;

create index on bench_person (city_n);

create temp table bench_pid as
  select p.n, x.id as pid from bench_person p join participant x on lower(x.email) = 'person' || p.n || '@bench.example.org';
create index on bench_pid (n);

insert into participant_consent (participant_id, purpose, given_on, recorded_by)
  select b.pid, purpose, make_date(greatest(p.from_year, (select first_year from bench_year)), 1, 1), 'benchmark'
  from bench_person p join bench_pid b on b.n = p.n cross join unnest(array['participation', 'surveys']) purpose;

-- 500 events: 50 a year, about a week apart, each hosted by one of the cities.
create temp table bench_event as
  select g as n, (select first_year from bench_year) + (g - 1) / 50 as year,
         make_date((select first_year from bench_year) + (g - 1) / 50, 1, 3) + (((g - 1) % 50) * 7 + floor(random() * 4))::int as starts_on,
         floor(random() * 3)::int as extra_days,
         1 + floor(random() * (select count(*) from bench_city))::int as host_n,
         8 + floor(random() * 6)::int as cities,
         (array['Intercultural dialogue and social cohesion', 'Employment and entrepreneurship', 'Access to basic services',
                'Housing for newcomers', 'Reception and orientation', 'Migrant children in school', 'Health services for all',
                'Data on urban migration', 'Narratives and communication', 'Legal aid desks', 'Women on the move',
                'Climate and mobility', 'Diaspora engagement', 'Return and reintegration', 'Local inclusion strategies',
                'Participation of migrants in local decisions', 'Labour mobility and skills', 'Protection along the routes',
                'Urban planning and informal settlements', 'Language learning'])[1 + floor(random() * 20)::int] as theme,
         (array['in_person', 'in_person', 'in_person', 'online', 'online', 'hybrid'])[1 + floor(random() * 6)::int] as format
  from generate_series(1, 500) g;

insert into learning_event (external_id, theme, host_place_id, starts_on, ends_on, format, languages, methods, source, created_by)
  select 'bench:event:' || e.n, e.theme || ' (' || e.year || ', ' || (1 + (e.n - 1) % 50) || ')', c.id, e.starts_on,
         e.starts_on + e.extra_days, e.format, '{en,fr}',
         (array['{field_visit,working_group}', '{case_study,world_cafe}', '{good_practice_presentation}', '{peer_review,storytelling}'])[1 + e.n % 4]::text[],
         'benchmark', 'benchmark'
  from bench_event e join bench_city c on c.n = e.host_n order by e.n;

create temp table bench_eid as
  select e.n, x.id as eid from bench_event e join learning_event x on x.external_id = 'bench:event:' || e.n;
create index on bench_eid (n);

insert into learning_event_organiser (event_id, organisation_id)
  select b.eid, o.id from bench_eid b join organisation o on o.external_id = 'org:mc2cm'
  union all
  select b.eid, o.id from bench_eid b join organisation o on o.external_id = 'org:uclg' where b.n % 3 = 0;

insert into learning_objective (event_id, audience, objective, position)
  select b.eid, (array['Technical staff', 'Elected officials'])[k], 'Learn from peers how cities organise ' || lower(e.theme), k
  from bench_event e join bench_eid b on b.n = e.n cross join generate_series(1, 2) k;

-- The cities at each event: the host and 7-12 others, more active cities more often (weighted sampling).
create temp table bench_event_city as
  select e.n as event_n, e.year, c.n as city_n, c.n = e.host_n as host,
         case when c.n = e.host_n then 4 + floor(random() * 3)::int else 2 + floor(random() * 3)::int end as delegates
  from bench_event e cross join lateral (
    select c.n from bench_city c order by (c.n = e.host_n) desc, power(random(), 1.0 / c.weight) desc limit e.cities) c;

-- The delegates: among the city's people active that year, weighted, so the regulars come back.
create temp table bench_registration as
  select ec.event_n, p.n as person_n, random() < 0.1 as absent
  from bench_event_city ec cross join lateral (
    select p.n from bench_person p
    where p.city_n = ec.city_n and ec.year between p.from_year and p.from_year + p.span
    order by power(random(), 1.0 / p.weight) desc limit ec.delegates) p;

insert into registration (event_id, participant_id, place_id, position, gender, attended, registered_by, registered_at)
  select be.eid, bp.pid, c.id, p.position, p.gender, not r.absent, 'benchmark', e.starts_on - 20
  from bench_registration r join bench_event e on e.n = r.event_n join bench_eid be on be.n = r.event_n
       join bench_person p on p.n = r.person_n join bench_pid bp on bp.n = r.person_n join bench_city c on c.n = p.city_n
  order by r.event_n, r.person_n;

-- A feedback survey per event (current default template), invitations to the delegates, ~60 % answer.
insert into survey (event_id, template_id, round, opens_on, closes_on, sent_at, created_by)
  select b.eid, t.id, 'feedback', e.starts_on + e.extra_days, e.starts_on + e.extra_days + 30,
         (e.starts_on + e.extra_days)::timestamptz + interval '18 hours', 'benchmark'
  from bench_event e join bench_eid b on b.n = e.n join survey_template t on t.code = 'feedback-default';

insert into survey_invitation (survey_id, participant_id, token_hash, place_id, language, sent_at, reminders, responded_at)
  select s.id, r.participant_id, encode(sha256(convert_to('bench-invitation-' || r.id, 'UTF8')), 'hex'), r.place_id,
         x.language, s.sent_at, case when u < 0.6 then 0 else 2 end,
         case when u < 0.6 then s.sent_at + (1 + floor(u * 200)) * interval '1 hour' end
  from registration r join survey s on s.event_id = r.event_id join participant x on x.id = r.participant_id
       cross join lateral (select random() + 0 * r.id as u) rnd
  where r.registered_by = 'benchmark' and r.attended;

insert into survey_response (survey_id, invitation_id, place_id, language, submitted_at)
  select i.survey_id, i.id, i.place_id, i.language, i.responded_at
  from survey_invitation i join survey s on s.id = i.survey_id
  where s.created_by = 'benchmark' and i.responded_at is not null order by i.id;

-- Every likert question of the current template, scores leaning positive with a per-response mood.
insert into survey_answer (response_id, question_id, score)
  select r.id, q.id, least(5, greatest(1, round(m.mood + random() * 2 - 1)))::int
  from survey_response r join survey s on s.id = r.survey_id
       cross join lateral (select 2.6 + random() * 2.4 + 0 * r.id as mood) m
       join survey_question q on q.template_id = s.template_id and q.kind = 'likert' and q.retired_at is null
  where s.created_by = 'benchmark';

insert into survey_answer (response_id, question_id, text_value)
  select r.id, q.id, (array['A one-stop desk for newcomers', 'Joint data collection with the region',
                            'Mentoring between municipal staff', 'Language cafes in the libraries'])[1 + (r.id % 4)::int]
  from survey_response r join survey s on s.id = r.survey_id
       join survey_question q on q.template_id = s.template_id and q.code = 'apply' and q.retired_at is null
  where s.created_by = 'benchmark' and r.id % 4 = 0;

-- A self-assessment per city and year on the 18 indicators, improving slowly.
insert into capability_assessment (framework_id, place_id, period, assessed_by, assessed_at)
  select f.id, c.id, y::text, 'benchmark', make_date(y, 12, 15)::timestamptz
  from bench_city c cross join generate_series((select first_year from bench_year), (select first_year from bench_year) + 9) y
       join capability_framework f on f.code = 'five-core-capabilities';

insert into capability_score (assessment_id, indicator_id, score)
  select a.id, i.id,
         least(5, greatest(1, round(1.6 + (a.place_id % 7) * 0.15 + (a.period::int - (select first_year from bench_year)) * 0.2
                                    + random() * 1.6 - 0.8)))::int
  from capability_assessment a join capability_framework f on f.id = a.framework_id and f.code = 'five-core-capabilities'
       join capability c on c.framework_id = f.id join capability_indicator i on i.capability_id = c.id
  where a.assessed_by = 'benchmark';

-- 2,000 outcome statements from cities that took part in an event, with mixed statuses.
create temp table bench_outcome as
  select row_number() over ()::int as k, x.* from (
    select ec.event_n, ec.city_n, random() as u from bench_event_city ec order by random() limit 2000) x;

insert into outcome_statement (status, change_agent, change_type, description, observed_on, place_id, significance,
                               contribution, source, evidence, chatham_house, inspired_by_place_id, network_id,
                               substantiated_by, substantiation, substantiated_at, validated_by, validated_at, created_by, created_at)
  select st.status, 'Municipal services of ' || p.name,
         (array['behaviour', 'relationship', 'practice', 'policy', 'resources'])[1 + o.k % 5],
         'After the exchange the city changed how it ' || (array['receives newcomers', 'collects data', 'works with NGOs',
           'plans housing', 'trains its staff'])[1 + o.k % 5] || '.',
         least(current_date - 1, e.starts_on + (30 + floor(o.u * 400))::int), c.id,
         'Reaches more people than before.', 'The host city''s practice was adapted.',
         'benchmark:outcome:' || o.k, case when st.status in ('substantiated', 'validated') then 'Council minutes' end,
         o.k % 5 = 0, hc.id, org.id,
         case when st.status in ('substantiated', 'validated') then 'benchmark' end,
         case when st.status in ('substantiated', 'validated') then 'Confirmed by a second source.' end,
         case when st.status in ('substantiated', 'validated') then (least(current_date - 1, e.starts_on + 450))::timestamptz end,
         case when st.status = 'validated' then 'benchmark' end,
         case when st.status = 'validated' then (least(current_date - 1, e.starts_on + 500))::timestamptz end,
         'benchmark', (least(current_date - 1, e.starts_on + 440))::timestamptz
  from bench_outcome o join bench_event e on e.n = o.event_n join bench_city c on c.n = o.city_n
       join place p on p.id = c.id join bench_city hc on hc.n = e.host_n
       join organisation org on org.external_id = 'org:mc2cm'
       cross join lateral (select case when o.u < 0.3 then 'draft' when o.u < 0.6 then 'substantiated'
                                       when o.u < 0.9 then 'validated' else 'rejected' end as status) st
  order by o.k;

create temp table bench_oid as
  select o.k, o.event_n, s.id as oid from bench_outcome o join outcome_statement s on s.source = 'benchmark:outcome:' || o.k;

insert into outcome_event (outcome_id, event_id)
  select b.oid, e.eid from bench_oid b join bench_eid e on e.n = b.event_n;

insert into outcome_capability (outcome_id, capability_id, level)
  select b.oid, c.id, (array['individual', 'institutional', 'collective'])[1 + (b.k + j) % 3]
  from bench_oid b cross join generate_series(0, b.k % 2) j
       join capability c on c.position = 1 + (b.k + 2 * j) % 5
       join capability_framework f on f.id = c.framework_id and f.code = 'five-core-capabilities';

-- Mutual accountability: at 40 % of events every guest city rates the host, and the host rates two guests.
insert into peer_rating (event_id, rater_place_id, rated_place_id, inputs, relevance, mutuality, rated_by, rated_at)
  select b.eid, rater.id, rated.id, 2 + floor(random() * 4)::int, 2 + floor(random() * 4)::int, 1 + floor(random() * 5)::int,
         'benchmark', (e.starts_on + 10)::timestamptz
  from bench_event_city ec join bench_event e on e.n = ec.event_n join bench_eid b on b.n = e.n
       join bench_city rater on rater.n = ec.city_n join bench_city rated on rated.n = e.host_n
  where e.n % 5 in (1, 3) and not ec.host
  union all
  select b.eid, host.id, guest.id, 2 + floor(random() * 4)::int, 2 + floor(random() * 4)::int, 1 + floor(random() * 5)::int,
         'benchmark', (e.starts_on + 12)::timestamptz
  from bench_event e join bench_eid b on b.n = e.n join bench_city host on host.n = e.host_n
       cross join lateral (select ec.city_n from bench_event_city ec where ec.event_n = e.n and not ec.host
                           order by ec.city_n limit 2) g
       join bench_city guest on guest.n = g.city_n
  where e.n % 5 in (1, 3);

commit;
analyze;

select 'cities ' || (select count(*) from bench_city) || ', events ' || (select count(*) from learning_event where created_by = 'benchmark')
       || ', delegates per event ' || (select min(c) || '-' || max(c) || ' (mean ' || round(avg(c), 1) || ')'
           from (select count(*) c from registration where registered_by = 'benchmark' and attended group by event_id) x) as summary;
select t as "table", n as rows from (values
  ('learning_event', (select count(*) from learning_event)),
  ('learning_event_organiser', (select count(*) from learning_event_organiser)),
  ('learning_objective', (select count(*) from learning_objective)),
  ('participant', (select count(*) from participant)),
  ('participant_consent', (select count(*) from participant_consent)),
  ('registration', (select count(*) from registration)),
  ('registration (recorded absent)', (select count(*) from registration where attended = false)),
  ('survey', (select count(*) from survey)),
  ('survey_invitation', (select count(*) from survey_invitation)),
  ('survey_response', (select count(*) from survey_response)),
  ('survey_answer', (select count(*) from survey_answer)),
  ('capability_assessment', (select count(*) from capability_assessment)),
  ('capability_score', (select count(*) from capability_score)),
  ('outcome_statement', (select count(*) from outcome_statement)),
  ('outcome_event', (select count(*) from outcome_event)),
  ('outcome_capability', (select count(*) from outcome_capability)),
  ('peer_rating', (select count(*) from peer_rating))) v(t, n);
