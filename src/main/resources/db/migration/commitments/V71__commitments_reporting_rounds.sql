-- Commitments (issue 13): reporting rounds. Before a review, a coordinator opens a round for a framework and a review
-- cycle; each pledging city gets a personal link (only the SHA-256 of its token is stored, decision 0006) to update its
-- pledges' status and evidence without an account; reminders carry fresh links. A link is spent once its city has
-- reported, and every link of a round dies when the round closes; the addresses are erased then too.
create table reporting_round (
    id           bigint generated always as identity primary key,
    framework_id bigint not null references framework (id) on delete cascade,
    cycle_id     bigint not null references review_cycle (id),
    closes_on    date not null,
    message      text check (length(message) <= 5000),
    opened_by    text not null,
    opened_at    timestamptz not null default now(),
    closed_by    text,
    closed_at    timestamptz
);
-- one open round per framework and review
create unique index reporting_round_open on reporting_round (framework_id, cycle_id) where closed_at is null;

create table reporting_invitation (
    id           bigint generated always as identity primary key,
    round_id     bigint not null references reporting_round (id) on delete cascade,
    place_id     bigint not null references place (id),
    -- the office's address and the language it is written to; the address is erased when the round closes
    email        text check (length(email) <= 254),
    language     text not null check (language ~ '^[a-z]{2}$'),
    reminders    integer not null default 0,
    last_sent_at timestamptz not null default now(),
    reported_at  timestamptz,
    unique (round_id, place_id)
);

create table reporting_token (
    token_hash    text primary key,
    invitation_id bigint not null references reporting_invitation (id) on delete cascade,
    created_at    timestamptz not null default now()
);
create index reporting_token_invitation on reporting_token (invitation_id);

-- a status change reported through a round's link names the round
alter table pledge_status_change add column round_id bigint references reporting_round (id) on delete set null;
create index pledge_status_change_round on pledge_status_change (round_id);
