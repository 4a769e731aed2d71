-- Library (issue 11 §3): documents are searched (practices: V67) in four languages like initiatives (V21, decision
-- 0012): each keeps its words in search_text (normalised) and a crossroads_search_vector of them, GIN-indexed.
-- Triggers keep search_text true to the record and to its related rows, whoever writes them (editing, import,
-- built-in data). A Chatham House document's authors and organisations are left out of its words: finding it by
-- an author's name would reveal its source.

alter table document add column search_text text not null default '';

create or replace function library_document_words() returns trigger language plpgsql as $$
begin
    new.search_text := crossroads_normalise(concat_ws(' ', new.title, new.summary,
        (select string_agg(w #>> '{}', ' ') from jsonb_path_query(new.translations, '$.*.*') w),
        (select string_agg(concat_ws(' ', p.name, replace(p.alternate_name, '|', ' ')), ' ') from document_place dp
            join place p on p.id = dp.place_id where dp.document_id = new.id),
        case when new.access <> 'chatham_house' then concat_ws(' ',
            (select string_agg(concat_ws(' ', a.name, o.name, o.acronym), ' ') from document_author a
                left join organisation o on o.id = a.organisation_id where a.document_id = new.id),
            (select string_agg(concat_ws(' ', o.name, o.acronym, replace(o.alternate_names, '|', ' ')), ' ') from document_organisation d
                join organisation o on o.id = d.organisation_id where d.document_id = new.id)) end));
    return new;
end $$;

create trigger document_words before insert or update of title, summary, translations, access, search_text
    on document for each row execute function library_document_words();

-- A related row changed: touching search_text makes the trigger above read the document's words again.
create or replace function library_document_related_words() returns trigger language plpgsql as $$
begin
    update document set search_text = '' where id = (case when tg_op = 'DELETE' then old.document_id else new.document_id end);
    return null;
end $$;

create trigger document_author_words after insert or update or delete on document_author
    for each row execute function library_document_related_words();
create trigger document_organisation_words after insert or update or delete on document_organisation
    for each row execute function library_document_related_words();
create trigger document_place_words after insert or update or delete on document_place
    for each row execute function library_document_related_words();

update document set search_text = '';
alter table document add column search tsvector generated always as (crossroads_search_vector(search_text)) stored;
create index document_search on document using gin (search);
drop index if exists document_words;
