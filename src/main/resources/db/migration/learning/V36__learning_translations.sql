-- Issue 12 §2: events and outcome statements are written in one language and translated into others, like initiatives
-- (V23) and documents (V60): `language` is the language they were written in, `translations` holds the others as
-- {"fr": {"theme": "…"}, …} (an event: theme, agenda, learning_report; an outcome: description, significance,
-- contribution). The translations are searched with the original (V34's words, extended).

alter table learning_event add column language text not null default 'en' check (language ~ '^[a-z]{2}$');
alter table learning_event add column translations jsonb not null default '{}';
alter table outcome_statement add column language text not null default 'en' check (language ~ '^[a-z]{2}$');
alter table outcome_statement add column translations jsonb not null default '{}';

create or replace function learning_event_words() returns trigger language plpgsql as $$
begin
    new.search_text := crossroads_normalise(concat_ws(' ', new.theme, new.agenda, new.learning_report,
        (select string_agg(w #>> '{}', ' ') from jsonb_path_query(new.translations, '$.*.*') w),
        (select concat_ws(' ', p.name, replace(p.alternate_name, '|', ' ')) from place p where p.id = new.host_place_id)));
    return new;
end $$;

drop trigger learning_event_words on learning_event;
create trigger learning_event_words before insert or update of theme, agenda, learning_report, translations, host_place_id,
    search_text on learning_event for each row execute function learning_event_words();

create or replace function learning_outcome_words() returns trigger language plpgsql as $$
begin
    new.search_text := crossroads_normalise(concat_ws(' ', new.change_agent, new.description, new.significance,
        new.contribution, new.evidence, new.inspired_by_practice,
        (select string_agg(w #>> '{}', ' ') from jsonb_path_query(new.translations, '$.*.*') w),
        (select concat_ws(' ', p.name, replace(p.alternate_name, '|', ' ')) from place p where p.id = new.place_id)));
    return new;
end $$;

drop trigger outcome_statement_words on outcome_statement;
create trigger outcome_statement_words before insert or update of change_agent, description, significance, contribution,
    evidence, inspired_by_practice, translations, place_id, search_text
    on outcome_statement for each row execute function learning_outcome_words();
