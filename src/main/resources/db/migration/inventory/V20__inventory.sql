-- Inventory: initiatives (who does what where), with their places and organisations.
create table initiative (
    id                   bigint generated always as identity primary key,
    external_id          text not null unique,
    name                 text not null check (length(name) between 1 and 300),
    summary              text check (length(summary) <= 5000),
    activity_type        text not null,
    themes               text[] not null default '{}',
    country_codes        text[] not null default '{}',
    network_wide         boolean not null default false,
    start_date           date,
    end_date             date,
    status               text not null default 'active',
    links                text[] not null default '{}',
    gcm_objectives       integer[] not null default '{}',
    gcr_objectives       integer[] not null default '{}',
    sdg_targets          text[] not null default '{}',
    lampedusa_principles integer[] not null default '{}',
    routes               text[] not null default '{}',
    translations         jsonb not null default '{}',
    publication          text not null default 'published' check (publication in ('published', 'proposed')),
    source               text not null,
    created_by           text not null,
    created_at           timestamptz not null default now(),
    updated_by           text,
    updated_at           timestamptz,
    version              integer not null default 0,
    -- name, summary, translations and the names of its places and organisations, lower case without
    -- accents; written by the application because it spans tables
    search_text          text not null default '',
    search               tsvector generated always as (to_tsvector('simple', search_text)) stored,
    check (end_date is null or start_date is null or end_date >= start_date)
);
create index initiative_search on initiative using gin (search);
create index initiative_publication on initiative (publication);

create table initiative_place (
    initiative_id bigint not null references initiative (id) on delete cascade,
    place_id      bigint not null references place (id),
    primary key (initiative_id, place_id)
);
create index initiative_place_place on initiative_place (place_id);

create table initiative_organisation (
    initiative_id   bigint not null references initiative (id) on delete cascade,
    organisation_id bigint not null references organisation (id),
    role            text not null check (role in ('network', 'implementer', 'partner', 'donor')),
    primary key (initiative_id, organisation_id, role)
);
create index initiative_organisation_organisation on initiative_organisation (organisation_id, role);
