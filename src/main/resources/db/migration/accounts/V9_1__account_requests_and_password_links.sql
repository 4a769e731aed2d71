-- Accounts (issue 12 §3): people ask for an account from the login page, and set or reset a password through a
-- single-use link sent by email. Owned by the accounts module, in its band (decision 0003).

-- A request waits for an administrator. It holds only what deciding needs; the row is deleted when the request
-- is decided (the account, when made, keeps the name and address) or when it has waited too long.
create table account_request (
    id           bigserial primary key,
    display_name text not null check (length(display_name) between 1 and 120),
    email        text not null check (length(email) between 3 and 254),
    language     text not null check (language in ('en', 'fr', 'ar', 'es')),
    role         text not null check (role in ('NETWORK_COORDINATOR', 'CITY_FOCAL_POINT', 'CONTRIBUTOR')),
    affiliation  text not null check (length(affiliation) between 1 and 200),
    network_id   bigint,
    reason       text check (reason is null or length(reason) <= 2000),
    created_at   timestamptz not null default now()
);
-- one waiting request per address: asking again does not pile up mail to administrators
create unique index account_request_one_per_email on account_request (lower(email));

-- A link that lets the holder choose the account's password once: 'reset' when they forgot it, 'welcome' when an
-- administrator accepted their request. Only the SHA-256 of the token is stored (shared.mail.LinkTokens).
create table password_link (
    id          bigserial primary key,
    account_id  bigint not null references account (id) on delete cascade,
    token_hash  text not null unique,
    purpose     text not null check (purpose in ('reset', 'welcome')),
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index password_link_account on password_link (account_id, created_at);
