-- Network: what cities need and what expertise they can share. A need or an offer belongs to one city (a
-- directory place, by id); its text is in the language it was written in, with optional translations
-- (language -> {"title", "description"}). Themes and activity types are codes of the shared vocabularies.
-- Private statements are seen only by the city's focal points, the coordinators of its networks and
-- administrators; the application keeps them out of every public list, search, API answer and count.
create table need_statement (
    id                    bigint generated always as identity primary key,
    place_id              bigint not null references place (id),
    title                 text not null check (length(title) between 1 and 200),
    description           text not null check (length(description) between 1 and 5000),
    language              text not null check (language in ('en', 'fr', 'ar', 'es')),
    translations          jsonb not null default '{}',
    themes                text[] not null check (cardinality(themes) >= 1),
    activity_types        text[] not null default '{}',
    preferred_languages   text[] not null default '{}',
    -- constraints on the peers a city would learn from: typed, so that matching can apply them
    same_route            boolean not null default false,
    south_south           boolean not null default false,
    similar_size          boolean not null default false,
    within_km             integer check (within_km between 1 and 20000),
    max_language_distance smallint check (max_language_distance between 0 and 1),
    status                text not null default 'open' check (status in ('open', 'met', 'withdrawn')),
    visibility            text not null default 'public' check (visibility in ('public', 'private')),
    created_by            text not null,
    created_at            timestamptz not null default now(),
    updated_by            text,
    updated_at            timestamptz,
    version               integer not null default 0
);
create index need_statement_place on need_statement (place_id);
create index need_statement_themes on need_statement using gin (themes);

create table offer_statement (
    id                bigint generated always as identity primary key,
    place_id          bigint not null references place (id),
    title             text not null check (length(title) between 1 and 200),
    description       text not null check (length(description) between 1 and 5000),
    language          text not null check (language in ('en', 'fr', 'ar', 'es')),
    translations      jsonb not null default '{}',
    themes            text[] not null check (cardinality(themes) >= 1),
    activity_types    text[] not null default '{}',
    languages         text[] not null default '{}',
    -- evidence by id in the modules that own it (inventory, learning, data), checked when saved
    initiative_ids    bigint[] not null default '{}',
    outcome_ids       bigint[] not null default '{}',
    indicator_ids     bigint[] not null default '{}',
    contact_consent   boolean not null default false,
    status            text not null default 'available' check (status in ('available', 'withdrawn')),
    visibility        text not null default 'public' check (visibility in ('public', 'private')),
    created_by        text not null,
    created_at        timestamptz not null default now(),
    updated_by        text,
    updated_at        timestamptz,
    version           integer not null default 0
);
create index offer_statement_place on offer_statement (place_id);
create index offer_statement_themes on offer_statement using gin (themes);
