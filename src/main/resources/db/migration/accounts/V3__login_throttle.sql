-- Accounts (module accounts): login throttling. One Bucket4j token bucket per client address and per account,
-- kept here so that a lock survives a restart and holds across instances (decision 0010).
create table login_throttle (
    key        text primary key,
    state      bytea,
    expires_at timestamptz
);
create index login_throttle_expiry on login_throttle (expires_at);
