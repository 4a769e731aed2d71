-- Accounts (module accounts) and the audit trail (module audit).
create extension if not exists pg_trgm;
create extension if not exists unaccent;

create table account (
    id              bigint generated always as identity primary key,
    username        text not null,
    display_name    text not null,
    password_hash   text not null,
    role            text not null check (role in ('ADMINISTRATOR', 'NETWORK_COORDINATOR', 'CITY_FOCAL_POINT', 'CONTRIBUTOR')),
    organisation_id bigint,
    place_id        bigint,
    enabled         boolean not null default true,
    created_at      timestamptz not null default now()
);
create unique index account_username on account (lower(username));

create table audit_entry (
    id          bigint generated always as identity primary key,
    record_type text not null,
    record_id   bigint not null,
    action      text not null,
    actor       text not null,
    at          timestamptz not null default now(),
    snapshot    jsonb not null
);
create index audit_entry_record on audit_entry (record_type, record_id, id);
