-- The one search shows, for each document on its page, a passage of its files' text with the query's words marked.
-- Ranking every passage of the shown documents read each one's search vector (21 passages of 3.4 kB each per
-- document in the benchmark: 20-30 ms a page); the first passage that matches, in the files' order, is read from the
-- start of the document and usually found at once. A loop, not a query with LIMIT: given the words' condition, the
-- planner combined the passages' GIN index, every passage in the library holding a common word, for each document.

create index document_passage_in_order on document_passage (document_id, attachment_id, position);
drop index document_passage_document;

create or replace function library_first_matching_passage(doc bigint, q tsquery) returns text
    language plpgsql stable as $$
declare
    p record;
begin
    for p in select text, search from document_passage where document_id = doc order by attachment_id, position loop
        if p.search @@ q then
            return p.text;
        end if;
    end loop;
    return null;
end $$;
