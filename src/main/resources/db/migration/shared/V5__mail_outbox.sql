-- The mail outbox (module shared, package shared.mail): every email is written here in the sender's
-- transaction and delivered later by OutboxDispatcher, so nothing is lost while the SMTP server is down.
create table mail_outbox (
    id              bigint generated always as identity primary key,
    recipient       text not null,
    subject         text not null,
    body_text       text not null,
    body_html       text,
    language        text,
    purpose         text not null,               -- why it was sent, e.g. 'survey-invitation'
    reference       text,                        -- the sender's record, e.g. an invitation id, for tracing
    created_at      timestamptz not null default now(),
    attempts        int not null default 0,      -- delivery attempts made, successful or not
    next_attempt_at timestamptz not null default now(),
    sent_at         timestamptz,
    last_error      text
);
-- The dispatcher only ever looks for unsent rows that are due.
create index mail_outbox_due on mail_outbox (next_attempt_at) where sent_at is null;
