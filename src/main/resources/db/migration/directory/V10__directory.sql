-- Directory: places (the GeoNames gazetteer plus local authorities added by hand), organisations,
-- memberships (organisation to city) and city partnerships (city to city).

-- Search key for names: lower case without accents. unaccent() is only STABLE, so it is wrapped in an
-- IMMUTABLE function with an explicit dictionary to be usable in indexes.
create or replace function crossroads_key(text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

create table place (
    id             bigint generated always as identity primary key,
    geonames_id    bigint unique,
    external_id    text unique,
    name           text not null check (length(name) between 1 and 200),
    alternate_name text,
    country_code   char(2) not null check (country_code ~ '^[A-Z]{2}$'),
    admin_code     text,
    feature_code   text,
    population     bigint check (population >= 0),
    latitude       double precision not null check (latitude between -90 and 90),
    longitude      double precision not null check (longitude between -180 and 180),
    size_class     text generated always as (case when population >= 1000000 then 'metropolitan'
                                                   when population >= 50000 then 'intermediary'
                                                   else 'small' end) stored,
    roles          text[] not null default '{}',
    routes         text[] not null default '{}',
    translations   jsonb not null default '{}',
    source         text,
    created_by     text not null default 'gazetteer',
    created_at     timestamptz not null default now(),
    updated_by     text,
    updated_at     timestamptz,
    version        integer not null default 0,
    check (geonames_id is not null or external_id is not null)
);
create index place_name_key on place (crossroads_key(name) text_pattern_ops, country_code);
create index place_alternate_key on place (crossroads_key(alternate_name) text_pattern_ops, country_code);
create index place_name_trgm on place using gin (crossroads_key(name) gin_trgm_ops);
create index place_country on place (country_code, population desc nulls last);
-- places the platform knows something about (roles, routes), for the cities list
create index place_described on place (id) where cardinality(roles) > 0 or cardinality(routes) > 0 or geonames_id is null;

create table organisation (
    id           bigint generated always as identity primary key,
    external_id  text not null unique,
    name         text not null check (length(name) between 1 and 300),
    acronym      text,
    type         text not null,
    country_code char(2) check (country_code ~ '^[A-Z]{2}$'),
    place_id     bigint references place (id),
    website      text,
    description  text,
    translations jsonb not null default '{}',
    publication  text not null default 'published' check (publication in ('published', 'proposed')),
    source       text not null,
    created_by   text not null,
    created_at   timestamptz not null default now(),
    updated_by   text,
    updated_at   timestamptz,
    version      integer not null default 0
);
create index organisation_name_trgm on organisation using gin (crossroads_key(name) gin_trgm_ops);
create index organisation_type on organisation (type);

create table membership (
    id              bigint generated always as identity primary key,
    organisation_id bigint not null references organisation (id) on delete cascade,
    place_id        bigint not null references place (id),
    role            text not null default 'member',
    since           date,
    until           date,
    source          text not null,
    created_by      text not null,
    created_at      timestamptz not null default now(),
    version         integer not null default 0,
    unique (organisation_id, place_id, role),
    check (until is null or since is null or until >= since)
);
create index membership_place on membership (place_id);

create table city_partnership (
    id         bigint generated always as identity primary key,
    place_a    bigint not null references place (id),
    place_b    bigint not null references place (id),
    kind       text not null,
    topics     text[] not null default '{}',
    since      date,
    until      date,
    source     text not null,
    created_by text not null,
    created_at timestamptz not null default now(),
    version    integer not null default 0,
    check (place_a <> place_b),
    check (until is null or since is null or until >= since)
);
create index city_partnership_a on city_partnership (place_a);
create index city_partnership_b on city_partnership (place_b);
