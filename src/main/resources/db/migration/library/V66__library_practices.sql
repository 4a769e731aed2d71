-- Library (issue 11): practices, structured transferable lessons, and the records of where they were transferred.
create table practice (
    id                  bigint generated always as identity primary key,
    -- stable key for the built-in dataset ("practice:lyon-gabriel-peri-mediation"); null for practices written here
    external_id         text unique check (length(external_id) between 1 and 120),
    -- written in one language; translations hold the others: {"fr": {"title": "…", "problem": "…"}, …}
    language            text not null check (language ~ '^[a-z]{2}$'),
    title               text not null check (length(title) between 1 and 300),
    translations        jsonb not null default '{}',
    -- other names the sources give the same practice (one record citing both)
    variant_names       text[] not null default '{}',
    -- the city the practice comes from; null for a practice of a region, a province or a country (countries given)
    place_id            bigint references place (id),
    country_codes       text[] not null default '{}',
    themes              text[] not null default '{}',
    problem             text check (length(problem) <= 10000),
    identified          text check (length(identified) <= 10000),
    size_class          text check (size_class in ('small', 'intermediary', 'metropolitan')),
    route_role          text check (route_role in ('origin', 'transit', 'destination')),
    legal_mandate       text check (length(legal_mandate) <= 10000),
    resources           text check (length(resources) <= 10000),
    approach            text check (length(approach) <= 10000),
    actors              text check (length(actors) <= 10000),
    costs               text check (length(costs) <= 10000),
    results             text check (length(results) <= 10000),
    success_factors     text check (length(success_factors) <= 10000),
    watch_out           text check (length(watch_out) <= 10000),
    transfer_principles text check (length(transfer_principles) <= 10000),
    -- offices to contact, each with whether it agreed to be listed: [{"office": "…", "consent": true}]
    contacts            jsonb not null default '[]',
    -- where the text comes from: [{"citation": "…", "passage": "…"}]
    sources             jsonb not null default '[]',
    publication         text not null default 'proposed' check (publication in ('proposed', 'published')),
    -- provenance of the record as a whole (a seed report, an editor, a proposal from an initiative…)
    provenance          text not null check (length(provenance) between 1 and 2000),
    created_by          text not null,
    created_at          timestamptz not null default now(),
    updated_by          text,
    updated_at          timestamptz,
    version             integer not null default 0,
    constraint practice_city_or_country check (place_id is not null or cardinality(country_codes) > 0)
);
create index practice_city on practice (place_id);
create index practice_themes on practice using gin (themes);

-- Further cities where the practice runs (the first city is practice.place_id, when it has one).
create table practice_place (
    practice_id bigint not null references practice (id) on delete cascade,
    place_id    bigint not null references place (id),
    primary key (practice_id, place_id)
);
create index practice_place_place on practice_place (place_id);

-- Records of other modules that show the practice's results or where it was presented.
create table practice_link (
    practice_id bigint not null references practice (id) on delete cascade,
    record      text not null check (record in ('initiative', 'event', 'document')),
    record_id   bigint not null,
    primary key (practice_id, record, record_id)
);
create index practice_link_record on practice_link (record, record_id);

-- City B adapted city A's practice: the "inspired by" credit goes to the practice's city (none for a regional practice).
create table practice_transfer (
    id           bigint generated always as identity primary key,
    practice_id  bigint not null references practice (id) on delete cascade,
    to_place_id  bigint not null references place (id),
    year         integer check (year between 1900 and 2100),
    what_changed text check (length(what_changed) <= 5000),
    source       text check (length(source) <= 2000),
    unique (practice_id, to_place_id)
);
create index practice_transfer_to on practice_transfer (to_place_id);
