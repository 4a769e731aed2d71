-- Library search (issue 11 §4, measured by bench/library-search.sh): a query word in the text of a document's files
-- was looked up passage by passage (an EXISTS over document_passage, V64), so a common word made PostgreSQL collect
-- every matching passage out of hundreds of thousands to count the documents. Each document now also keeps
-- file_words: the lexemes of all its passages without positions (strip), one GIN entry per document and word instead
-- of one per passage and word. Search reads it; highlighting still reads the passages. Statement triggers keep it
-- true to the passages whoever writes them (DocumentPassageIndex, the benchmark's bulk load), once per statement.
-- Searches take the documents whose words match from library_documents_with_words: the ids straight from the two GIN
-- indexes. Left to itself the planner tests a common word row by row, which reads (detoasts) every document's large
-- vectors: 0.7-2 s for "housing" over 20,000 documents, against tens of milliseconds through the indexes.

create aggregate crossroads_tsvector_union(tsvector) (sfunc = tsvector_concat, stype = tsvector, initcond = '');

alter table document add column file_words tsvector not null default ''::tsvector;

create or replace function library_document_file_words() returns trigger language plpgsql as $$
begin
    update document d set file_words = coalesce((select strip(crossroads_tsvector_union(p.search)) from document_passage p
        where p.document_id = d.id), ''::tsvector)
    where d.id in (select document_id from changed_passages);
    return null;
end $$;

create trigger document_passage_added after insert on document_passage referencing new table as changed_passages
    for each statement execute function library_document_file_words();
create trigger document_passage_changed after update on document_passage referencing new table as changed_passages
    for each statement execute function library_document_file_words();
create trigger document_passage_removed after delete on document_passage referencing old table as changed_passages
    for each statement execute function library_document_file_words();

update document d set file_words = w.words
from (select document_id, strip(crossroads_tsvector_union(search)) as words from document_passage group by document_id) w
where w.document_id = d.id;

create index document_file_words on document using gin (file_words);

-- Read it in FROM (a function scan keeps its rows when rescanned); rows: a word matches thousands of documents, not
-- the default 1,000, so that several words are joined by hashing, not by nested loops.
create or replace function library_documents_with_words(q tsquery) returns setof bigint
    language sql stable parallel safe rows 5000 set enable_seqscan = off
    as $$ select id from document where search @@ q union select id from document where file_words @@ q $$;
