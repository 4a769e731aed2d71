-- Data: service points, the places inside a city where people are received and helped (reception and
-- orientation offices, legal aid desks, one-stop shops…). Coordinates are plain numbers (no PostGIS);
-- the application checks that a point lies near its city.
create table service_point (
    id            bigint generated always as identity primary key,
    external_id   text not null unique check (length(external_id) between 1 and 120),
    place_id      bigint not null references place (id),
    name          text not null check (length(name) between 1 and 300),
    kind          text not null,
    address       text check (length(address) <= 500),
    latitude      double precision not null check (latitude between -90 and 90),
    longitude     double precision not null check (longitude between -180 and 180),
    operator_id   bigint references organisation (id),
    languages     text[] not null default '{}',
    opening_hours text check (length(opening_hours) <= 500),
    phone         text check (length(phone) <= 40),
    website       text check (length(website) <= 500),
    description   text check (length(description) <= 5000),
    source        text not null check (length(source) between 1 and 1000),
    publication   text not null default 'published' check (publication in ('published', 'proposed')),
    created_by    text not null,
    created_at    timestamptz not null default now(),
    updated_by    text,
    updated_at    timestamptz,
    version       integer not null default 0
);
create index service_point_place on service_point (place_id, publication);
create index service_point_kind on service_point (kind);
create index service_point_operator on service_point (operator_id);
