-- A reminder carries a fresh personal link (only hashes are stored, so the first link cannot be re-sent);
-- earlier links of the same invitation keep working.
create table survey_link (
    token_hash    text primary key,
    invitation_id bigint not null references survey_invitation (id) on delete cascade,
    created_at    timestamptz not null default now()
);
create index survey_link_invitation on survey_link (invitation_id);
