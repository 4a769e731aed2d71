-- Library (issue 11): the files of documents. A file's content is stored once, by its SHA-256, in the file store
-- (library.files.FileStore: <directory>/ab/cd/<sha256>); documents refer to it through document_file, each with the
-- name it was uploaded under. Its text is extracted in the background: queued -> extracting -> extracted | failed.
create table stored_file (
    id            bigint generated always as identity primary key,
    sha256        text not null unique check (sha256 ~ '^[0-9a-f]{64}$'),
    size          bigint not null check (size >= 0),
    -- detected from the bytes (never the client's claim); decides the parser
    media_type    text not null check (length(media_type) between 1 and 200),
    state         text not null default 'queued' check (state in ('queued', 'extracting', 'extracted', 'failed')),
    pages         integer check (pages >= 0),
    language      text check (language ~ '^[a-z]{2,3}$'),
    -- characters of text the file holds (counted up to the limit of crossroads.library.files.max-text-characters)
    characters    bigint check (characters >= 0),
    text_truncated boolean not null default false,
    -- why extraction failed: a message key of messages/libraryfiles (shown in the reader's language) and, for
    -- administrators and logs, the parser's own words
    error_key     text check (length(error_key) <= 200),
    error_detail  text check (length(error_detail) <= 2000),
    created_at    timestamptz not null default now(),
    extracted_at  timestamptz,
    check (state <> 'failed' or error_key is not null)
);
create index stored_file_waiting on stored_file (id) where state in ('queued', 'extracting');

-- Extracted text apart from the file row, so listing files never reads megabytes of text.
create table stored_file_text (
    file_id bigint primary key references stored_file (id) on delete cascade,
    text    text not null
);

-- First page of a PDF as a small PNG.
create table stored_file_thumbnail (
    file_id bigint primary key references stored_file (id) on delete cascade,
    png     bytea not null check (length(png) <= 1048576)
);

create table document_file (
    id          bigint generated always as identity primary key,
    document_id bigint not null references document (id) on delete cascade,
    file_id     bigint not null references stored_file (id),
    file_name   text not null check (length(file_name) between 1 and 255),
    uploaded_by text not null,
    uploaded_at timestamptz not null default now(),
    unique (document_id, file_id)
);
create index document_file_file on document_file (file_id);
