-- Commitments (issue 13 §3): pledges and recommendations are found by the one search in four languages like practices
-- (V67): search_text (normalised) holds the text, its translations and, for a pledge, its parties' names in every
-- script the gazetteer holds and its framework's title; a trigger keeps it true to the record and its parties.

alter table pledge add column search_text text not null default '';

create or replace function commitments_pledge_words() returns trigger language plpgsql as $$
begin
    new.search_text := crossroads_normalise(concat_ws(' ', new.text, new.responsible_office,
        (select string_agg(w #>> '{}', ' ') from jsonb_path_query(new.translations, '$.*.*') w),
        (select string_agg(concat_ws(' ', p.name, replace(p.alternate_name, '|', ' ')), ' ') from pledge_party pp
            join place p on p.id = pp.place_id where pp.pledge_id = new.id),
        (select string_agg(concat_ws(' ', o.name, o.acronym), ' ') from pledge_party pp
            join organisation o on o.id = pp.organisation_id where pp.pledge_id = new.id),
        (select concat_ws(' ', f.title, (select string_agg(w #>> '{}', ' ') from jsonb_path_query(f.translations, '$.*.title') w))
            from framework f where f.id = new.framework_id)));
    return new;
end $$;

create trigger pledge_words before insert or update on pledge
    for each row execute function commitments_pledge_words();

create or replace function commitments_pledge_party_words() returns trigger language plpgsql as $$
begin
    update pledge set search_text = '' where id = (case when tg_op = 'DELETE' then old.pledge_id else new.pledge_id end);
    return null;
end $$;

create trigger pledge_party_words after insert or update or delete on pledge_party
    for each row execute function commitments_pledge_party_words();

update pledge set search_text = '';
alter table pledge add column search tsvector generated always as (crossroads_search_vector(search_text)) stored;
create index pledge_search on pledge using gin (search);

alter table recommendation add column search_text text not null default '';

create or replace function commitments_recommendation_words() returns trigger language plpgsql as $$
begin
    new.search_text := crossroads_normalise(concat_ws(' ', new.text, new.section,
        (select string_agg(w #>> '{}', ' ') from jsonb_path_query(new.translations, '$.*.*') w)));
    return new;
end $$;

create trigger recommendation_words before insert or update on recommendation
    for each row execute function commitments_recommendation_words();

update recommendation set search_text = '';
alter table recommendation add column search tsvector generated always as (crossroads_search_vector(search_text)) stored;
create index recommendation_search on recommendation using gin (search);

-- The one search's kept answers follow changes of what it reads here (V8).
select crossroads_search_reads('pledge', 'pledge_party', 'pledge_status_change', 'recommendation', 'recommendation_uptake');
