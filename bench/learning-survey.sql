-- Open survey links with known tokens for the survey burst of the peer-learning benchmark (after
-- bench/learning.sql): two events of the last days, each with a feedback survey open today and 1,000
-- unanswered invitations. Tokens: 'bench' || lpad(i, 38, '0') (43 characters of [A-Za-z0-9_-]); only
-- their SHA-256 (lower-case hex) is stored, as the application does. Batch 1: i = 1..1000, batch 2:
-- i = 1001..2000. Prints the two survey ids.
\set ON_ERROR_STOP on
begin;

insert into learning_event (external_id, theme, host_place_id, starts_on, ends_on, format, languages, source, created_by)
  select 'bench:burst:' || b, 'Survey burst ' || b, (select m.place_id from membership m join organisation o on o.id = m.organisation_id
                                                     where o.external_id = 'org:mc2cm' order by m.place_id limit 1),
         current_date - 3, current_date - 2, 'in_person', '{en,fr}', 'benchmark', 'benchmark'
  from generate_series(1, 2) b;

insert into learning_event_organiser (event_id, organisation_id)
  select e.id, o.id from learning_event e join organisation o on o.external_id = 'org:mc2cm'
  where e.external_id like 'bench:burst:%';

insert into survey (event_id, template_id, round, opens_on, closes_on, sent_at, created_by)
  select e.id, t.id, 'feedback', current_date - 1, current_date + 29, now() - interval '1 day', 'benchmark'
  from learning_event e join survey_template t on t.code = 'feedback-default'
  where e.external_id like 'bench:burst:%';

-- the invitees: 1,000 synthetic participants, the same ones for both surveys
insert into survey_invitation (survey_id, participant_id, token_hash, place_id, language, sent_at)
  select s.id, p.id, encode(sha256(convert_to('bench' || lpad(((b - 1) * 1000 + k)::text, 38, '0'), 'UTF8')), 'hex'),
         p.place_id, p.language, s.sent_at
  from generate_series(1, 2) b
       join learning_event e on e.external_id = 'bench:burst:' || b
       join survey s on s.event_id = e.id and s.round = 'feedback'
       cross join generate_series(1, 1000) k
       join participant p on lower(p.email) = 'person' || k || '@bench.example.org';

commit;

select string_agg(s.id::text, ' ' order by e.external_id) as surveys
from survey s join learning_event e on e.id = s.event_id where e.external_id like 'bench:burst:%';
