-- The one search keeps its answers to anonymous readers (library.search.SearchAnswers, docs/library.md, "One search:
-- speed"). An answer is valid while this number is unchanged: each module's migration adds deferred triggers on the
-- tables its search reads (V16, V22, V35, V69), which draw a new number when a transaction that wrote them commits,
-- whoever wrote them (the application, an import, SQL by hand) and on whichever instance. Deferred to the commit so
-- that a reader who sees the new number then reads the new rows (but for the moment between the trigger and the
-- commit, which the answers' time limit covers). A sequence, not a row, so that writers never wait for each other.
create sequence search_generation;

create or replace function crossroads_search_changed() returns trigger language plpgsql as $$
begin
    perform nextval('search_generation');
    return null;
end $$;

-- For a module's migration: the deferred trigger on each of its tables that search reads.
create or replace function crossroads_search_reads(variadic tables text[]) returns void language plpgsql as $$
declare
    t text;
begin
    foreach t in array tables loop
        execute format('create constraint trigger %I after insert or update or delete on %I deferrable initially deferred '
                       'for each row execute function crossroads_search_changed()', t || '_search_changed', t);
    end loop;
end $$;
