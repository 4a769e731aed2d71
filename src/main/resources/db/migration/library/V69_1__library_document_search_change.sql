-- The one search keeps every document in memory (library.DocumentIndex, docs/decisions/0004): each document row
-- records the transaction that last wrote it, so that the index reads again exactly the documents changed since, by
-- whichever path or application instance wrote them. A change to a document's authors, organisations or places (V62)
-- or to its files' passages (V65) rewrites the document row too. Numbers: pg_current_xact_id (64 bits, never wraps);
-- the index reads from the oldest transaction still running (pg_snapshot_xmin), so one committing late is not missed.

alter table document add column search_change bigint not null default 0;

create or replace function library_document_search_change() returns trigger language plpgsql as $$
begin
    new.search_change := pg_current_xact_id()::text::bigint;
    return new;
end $$;

create trigger document_search_change before insert or update on document
    for each row execute function library_document_search_change();

create index document_search_change on document (search_change);
