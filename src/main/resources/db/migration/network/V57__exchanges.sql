-- Network: exchange requests between two cities. A city (its focal point, a coordinator of one of its networks on
-- its behalf, or an administrator) asks a peer city for an exchange: for one of its needs, about an offer of the
-- peer, or on a theme. The peer accepts, declines (with a reason) or redirects to another contact; an accepted
-- exchange is arranged as a planned peer-learning event, a study visit or a partnership, created in the module
-- that owns it and referred to here by id. Requests carry personal messages: the application shows them only to
-- the two cities' focal points, the coordinators of their networks and administrators.
create table exchange_request (
    id                 bigint generated always as identity primary key,
    requester_place_id bigint not null references place (id),
    peer_place_id      bigint not null references place (id),
    need_id            bigint references need_statement (id),
    offer_id           bigint references offer_statement (id),
    theme              text,
    activity           text not null check (activity in ('event', 'study_visit', 'partnership')),
    message            text not null check (length(message) between 1 and 5000),
    status             text not null default 'requested'
                       check (status in ('requested', 'accepted', 'declined', 'redirected', 'arranged')),
    -- the peer's answer: a note on acceptance, the reason of a refusal, the note of a redirection
    answer_note        text check (length(answer_note) <= 5000),
    redirect_place_id  bigint references place (id),
    redirect_contact   text check (length(redirect_contact) <= 300),
    -- what the accepted exchange became, by id in the module that owns it
    arranged_as        text check (arranged_as in ('event', 'study_visit', 'partnership')),
    event_id           bigint,
    partnership_id     bigint,
    requested_by       text not null,
    requested_at       timestamptz not null default now(),
    answered_by        text,
    answered_at        timestamptz,
    arranged_by        text,
    arranged_at        timestamptz,
    version            integer not null default 0,
    check (requester_place_id <> peer_place_id),
    check (need_id is not null or offer_id is not null or theme is not null),
    check (status <> 'arranged' or arranged_as is not null and (event_id is not null or partnership_id is not null))
);
create index exchange_request_requester on exchange_request (requester_place_id);
create index exchange_request_peer on exchange_request (peer_place_id);
