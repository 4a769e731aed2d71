-- Learning (issue 11 §3): events and outcome statements are searched in four languages like initiatives (V21),
-- documents (V62) and practices (V67), decision 0012: each keeps its words in search_text (normalised) and a
-- crossroads_search_vector of them, GIN-indexed. An event's words: its theme, agenda, learning report and its host
-- city's names in every script the gazetteer holds. An outcome's: what changed, who changed, why it matters, how the
-- exchange contributed, the evidence, the practice that inspired it and its city's names; never its source, which
-- the Chatham House rule may hide.

alter table learning_event add column search_text text not null default '';

create or replace function learning_event_words() returns trigger language plpgsql as $$
begin
    new.search_text := crossroads_normalise(concat_ws(' ', new.theme, new.agenda, new.learning_report,
        (select concat_ws(' ', p.name, replace(p.alternate_name, '|', ' ')) from place p where p.id = new.host_place_id)));
    return new;
end $$;

create trigger learning_event_words before insert or update of theme, agenda, learning_report, host_place_id, search_text
    on learning_event for each row execute function learning_event_words();

update learning_event set search_text = '';
alter table learning_event drop column search;
alter table learning_event add column search tsvector generated always as (crossroads_search_vector(search_text)) stored;
create index learning_event_search on learning_event using gin (search);

alter table outcome_statement add column search_text text not null default '';

create or replace function learning_outcome_words() returns trigger language plpgsql as $$
begin
    new.search_text := crossroads_normalise(concat_ws(' ', new.change_agent, new.description, new.significance,
        new.contribution, new.evidence, new.inspired_by_practice,
        (select concat_ws(' ', p.name, replace(p.alternate_name, '|', ' ')) from place p where p.id = new.place_id)));
    return new;
end $$;

create trigger outcome_statement_words before insert or update of change_agent, description, significance, contribution,
    evidence, inspired_by_practice, place_id, search_text
    on outcome_statement for each row execute function learning_outcome_words();

update outcome_statement set search_text = '';
alter table outcome_statement add column search tsvector generated always as (crossroads_search_vector(search_text)) stored;
create index outcome_statement_search on outcome_statement using gin (search);
