-- Library (issue 11 §3): practices are searched in four languages like documents (V62) and initiatives (V21):
-- search_text (normalised) holds the title, variant names, translations, every section and the cities' names in
-- every script the gazetteer holds; a trigger keeps it true to the record and its further cities.

alter table practice add column search_text text not null default '';

create or replace function library_practice_words() returns trigger language plpgsql as $$
begin
    new.search_text := crossroads_normalise(concat_ws(' ', new.title, array_to_string(new.variant_names, ' '),
        (select string_agg(w #>> '{}', ' ') from jsonb_path_query(new.translations, '$.*.*') w),
        new.problem, new.identified, new.legal_mandate, new.resources, new.approach, new.actors, new.costs,
        new.results, new.success_factors, new.watch_out, new.transfer_principles,
        (select concat_ws(' ', p.name, replace(p.alternate_name, '|', ' ')) from place p where p.id = new.place_id),
        (select string_agg(concat_ws(' ', p.name, replace(p.alternate_name, '|', ' ')), ' ') from practice_place pp
            join place p on p.id = pp.place_id where pp.practice_id = new.id)));
    return new;
end $$;

create trigger practice_words before insert or update on practice
    for each row execute function library_practice_words();

create or replace function library_practice_related_words() returns trigger language plpgsql as $$
begin
    update practice set search_text = '' where id = (case when tg_op = 'DELETE' then old.practice_id else new.practice_id end);
    return null;
end $$;

create trigger practice_place_words after insert or update or delete on practice_place
    for each row execute function library_practice_related_words();

update practice set search_text = '';
alter table practice add column search tsvector generated always as (crossroads_search_vector(search_text)) stored;
create index practice_search on practice using gin (search);
