-- Library (issue 11): documents, with their metadata and links to the records of other modules. Files and their
-- extracted text are in V63–V64; practices in V66–V69.
create table document (
    id            bigint generated always as identity primary key,
    -- stable key for imports and the built-in dataset ("doc:mc2cm-synthesis-report-2018")
    external_id   text not null unique check (length(external_id) between 1 and 120),
    type          text not null check (type in ('report', 'policy_note', 'city_migration_profile', 'case_study',
                      'learning_report', 'course', 'declaration', 'toolkit', 'data_set', 'presentation', 'news')),
    -- title and summary in the language they were written in; translations hold the others
    title         text not null check (length(title) between 1 and 500),
    summary       text check (length(summary) <= 10000),
    language      text not null check (language ~ '^[a-z]{2}$'),
    translations  jsonb not null default '{}',   -- {"fr": {"title": "…", "summary": "…"}, …}
    year          integer check (year between 1900 and 2100),
    published_on  date,
    languages     text[] not null default '{}',  -- the languages the document itself is available in
    themes        text[] not null default '{}',
    country_codes text[] not null default '{}',
    licence       text check (length(licence) <= 200),
    source_url    text check (length(source_url) <= 2000),
    -- public; members: only signed-in members of its networks (role 'network' below), coordinators and administrators;
    -- chatham_house: readable by all, but its authors, organisations and source address are never shown to readers
    -- who may not see them (as outcomes under the Chatham House rule)
    access        text not null default 'public' check (access in ('public', 'members', 'chatham_house')),
    publication   text not null default 'published' check (publication in ('published', 'proposed')),
    -- provenance: where this record's metadata comes from (a seed report's passage, an import, an editor)
    source        text not null check (length(source) between 1 and 2000),
    created_by    text not null,
    created_at    timestamptz not null default now(),
    updated_by    text,
    updated_at    timestamptz,
    version       integer not null default 0,
    check (year is null or published_on is null or extract(year from published_on) = year)
);
create index document_type on document (type, year);

-- Authors in order: a person named as the publication names them, or an organisation of the directory.
create table document_author (
    document_id     bigint not null references document (id) on delete cascade,
    position        integer not null,
    name            text check (length(name) between 1 and 300),
    organisation_id bigint references organisation (id),
    primary key (document_id, position),
    check (name is not null or organisation_id is not null)
);

create table document_organisation (
    document_id     bigint not null references document (id) on delete cascade,
    organisation_id bigint not null references organisation (id),
    role            text not null check (role in ('publisher', 'network', 'funder')),
    primary key (document_id, organisation_id, role)
);
create index document_organisation_organisation on document_organisation (organisation_id, role);

create table document_place (
    document_id bigint not null references document (id) on delete cascade,
    place_id    bigint not null references place (id),
    primary key (document_id, place_id)
);
create index document_place_place on document_place (place_id);

-- Records of other modules the document belongs to or speaks of (a learning report belongs to its event).
create table document_link (
    document_id bigint not null references document (id) on delete cascade,
    record      text not null check (record in ('initiative', 'event', 'outcome_statement')),
    record_id   bigint not null,
    primary key (document_id, record, record_id)
);
create index document_link_record on document_link (record, record_id);
