-- Library (issue 11 §3): the extracted text of a document's files in passages of about 1,000 characters
-- (DocumentTexts.passages), each with its own four-language vector, so that a query finds a document by its files'
-- text and the page highlights (ts_headline) only the few passages it shows, never whole texts. Filled when a
-- file's text is extracted and rebuilt when a file is detached (library.search.DocumentPassageIndex). Readers'
-- queries always join the document and its ReaderScope: a passage of a document the reader may not see is never
-- searched nor counted.
create table document_passage (
    document_id   bigint not null references document (id) on delete cascade,
    attachment_id bigint not null references document_file (id) on delete cascade,
    position      integer not null check (position >= 0),
    start_offset  integer not null check (start_offset >= 0),
    text          text not null,
    search        tsvector generated always as (crossroads_search_vector(text)) stored,
    primary key (attachment_id, position)
);
create index document_passage_document on document_passage (document_id);
create index document_passage_search on document_passage using gin (search);
