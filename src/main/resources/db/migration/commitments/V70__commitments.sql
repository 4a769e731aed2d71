-- Commitments (issue 13): frameworks cities sign, the pledges they make, the status of each pledge over time with its
-- evidence, and the recommendations of reports and events with the register of who took them up.
-- Dates known only to the month or the year are stored as the first day with their precision, so that sorting and
-- "status as of a review" work on one column and pages show no day the source did not give.

-- A review a framework's pledges are reported to: the International Migration Review Forum 2022, a Global Refugee
-- Forum, a GFMD summit.
create table review_cycle (
    id           bigint generated always as identity primary key,
    external_id  text unique check (length(external_id) between 1 and 120),
    process      text not null check (process in ('IMRF', 'GRF', 'GFMD', 'other')),
    language     text not null check (language ~ '^[a-z]{2}$'),
    name         text not null check (length(name) between 1 and 300),
    translations jsonb not null default '{}',
    held_from    date not null,
    held_to      date,
    source       text check (length(source) <= 2000),
    created_by   text not null,
    created_at   timestamptz not null default now(),
    version      integer not null default 0,
    check (held_to is null or held_to >= held_from)
);

-- A declaration, charter, call, pledging process or campaign.
create table framework (
    id                       bigint generated always as identity primary key,
    external_id              text unique check (length(external_id) between 1 and 120),
    kind                     text not null check (kind in ('declaration', 'charter', 'call', 'pledging_process', 'campaign')),
    -- written in one language; translations hold the others: {"fr": {"title": "…", "summary": "…"}, …}
    language                 text not null check (language ~ '^[a-z]{2}$'),
    title                    text not null check (length(title) between 1 and 300),
    summary                  text check (length(summary) <= 5000),
    translations             jsonb not null default '{}',
    adopted_on               date,
    adopted_precision        text not null default 'day' check (adopted_precision in ('day', 'month', 'year')),
    convener_organisation_id bigint references organisation (id),
    -- a convener the directory does not hold (a forum, a conference)
    convener_name            text check (length(convener_name) <= 300),
    -- the text in the library, read through the library's public API
    document_id              bigint references document (id) on delete set null,
    -- what the numbered parts are called: articles, principles, pledges, priorities, commitments
    articles_label           text not null default 'article'
                             check (articles_label in ('article', 'principle', 'pledge', 'priority', 'commitment')),
    -- counts a source gives without names ("signed by over 30 cities", "48 were made by municipal actors"), stored as
    -- given, never turned into names: [{"count": 30, "qualifier": "over", "what": "cities", "source": {…}}]
    stated_counts            jsonb not null default '[]',
    -- where the record comes from: [{"citation": "…", "passage": "…"}]
    sources                  jsonb not null default '[]',
    created_by               text not null,
    created_at               timestamptz not null default now(),
    updated_by               text,
    updated_at               timestamptz,
    version                  integer not null default 0
);

-- The text's articles, principles or priorities as a numbered list.
create table framework_article (
    framework_id bigint not null references framework (id) on delete cascade,
    number       integer not null check (number between 1 and 999),
    language     text not null check (language ~ '^[a-z]{2}$'),
    text         text not null check (length(text) between 1 and 5000),
    translations jsonb not null default '{}',
    source       jsonb,
    primary key (framework_id, number)
);

create table framework_cycle (
    framework_id bigint not null references framework (id) on delete cascade,
    cycle_id     bigint not null references review_cycle (id) on delete cascade,
    primary key (framework_id, cycle_id)
);

-- Who signed or endorsed a framework: a city or local authority (place), or an organisation (a network, possibly on
-- its members' behalf). The office that signed, not a person's name unless the source names them publicly.
create table signature (
    id                   bigint generated always as identity primary key,
    framework_id         bigint not null references framework (id) on delete cascade,
    place_id             bigint references place (id),
    organisation_id      bigint references organisation (id),
    -- connected: named by the source among those connected to it (a campaign's list), without saying they signed
    kind                 text not null default 'signed' check (kind in ('signed', 'endorsed', 'adopted', 'connected')),
    on_behalf_of_members boolean not null default false,
    signed_on            date,
    signed_precision     text not null default 'day' check (signed_precision in ('day', 'month', 'year')),
    office               text check (length(office) <= 300),
    source               jsonb,
    -- restricted: seen only by the signatory's focal points, its networks' coordinators and administrators;
    -- public statistics count it without naming it
    visibility           text not null default 'public' check (visibility in ('public', 'restricted')),
    created_by           text not null,
    created_at           timestamptz not null default now(),
    updated_by           text,
    updated_at           timestamptz,
    version              integer not null default 0,
    check (place_id is not null or organisation_id is not null)
);
create unique index signature_once on signature (framework_id, coalesce(place_id, -1), coalesce(organisation_id, -1));
create index signature_place on signature (place_id);
create index signature_organisation on signature (organisation_id);

-- What a city committed to. The current status is kept with the pledge (the latest change) for lists and counts;
-- pledge_status_change holds the whole history.
create table pledge (
    id                 bigint generated always as identity primary key,
    external_id        text unique check (length(external_id) between 1 and 120),
    framework_id       bigint references framework (id),
    language           text not null check (language ~ '^[a-z]{2}$'),
    text               text not null check (length(text) between 1 and 5000),
    translations       jsonb not null default '{}',
    -- numbers of the framework's articles the pledge serves
    articles           integer[] not null default '{}',
    gcm_objectives     text[] not null default '{}',
    gcr_objectives     text[] not null default '{}',
    themes             text[] not null default '{}',
    target_on          date,
    target_precision   text not null default 'day' check (target_precision in ('day', 'month', 'year')),
    responsible_office text check (length(responsible_office) <= 300),
    -- the office's address for reporting rounds (an office, not a person); never shown publicly
    contact_email      text check (length(contact_email) <= 254),
    status             text not null check (status in
                       ('announced', 'planned', 'in_progress', 'fulfilled', 'changed', 'stalled', 'withdrawn')),
    status_on          date not null,
    visibility         text not null default 'public' check (visibility in ('public', 'restricted')),
    sources            jsonb not null default '[]',
    created_by         text not null,
    created_at         timestamptz not null default now(),
    updated_by         text,
    updated_at         timestamptz,
    version            integer not null default 0
);
create index pledge_framework on pledge (framework_id);
create index pledge_status on pledge (status);
create index pledge_gcm on pledge using gin (gcm_objectives);

-- A pledge's parties: one or more cities and organisations (a joint pledge has several).
create table pledge_party (
    pledge_id       bigint not null references pledge (id) on delete cascade,
    position        integer not null,
    place_id        bigint references place (id),
    organisation_id bigint references organisation (id),
    primary key (pledge_id, position),
    check ((place_id is null) <> (organisation_id is null))
);
create index pledge_party_place on pledge_party (place_id);
create index pledge_party_organisation on pledge_party (organisation_id);

-- Each status a pledge had, from when, why, and who recorded it (an account, or a reporting link).
create table pledge_status_change (
    id             bigint generated always as identity primary key,
    pledge_id      bigint not null references pledge (id) on delete cascade,
    status         text not null check (status in
                   ('announced', 'planned', 'in_progress', 'fulfilled', 'changed', 'stalled', 'withdrawn')),
    changed_on     date not null,
    precision      text not null default 'day' check (precision in ('day', 'month', 'year')),
    language       text not null check (language ~ '^[a-z]{2}$'),
    note           text check (length(note) <= 5000),
    translations   jsonb not null default '{}',
    source         jsonb,
    recorded_by    text not null,
    recorded_at    timestamptz not null default now()
);
create index pledge_status_change_pledge on pledge_status_change (pledge_id, changed_on, id);

-- A recommendation of a report (a library document) or an event (a learning event), addressed to someone.
create table recommendation (
    id           bigint generated always as identity primary key,
    external_id  text unique check (length(external_id) between 1 and 120),
    document_id  bigint references document (id) on delete set null,
    event_id     bigint references learning_event (id) on delete set null,
    section      text check (length(section) <= 300),
    number       integer check (number between 1 and 9999),
    language     text not null check (language ~ '^[a-z]{2}$'),
    text         text not null check (length(text) between 1 and 5000),
    translations jsonb not null default '{}',
    addressees   text[] not null default '{}',
    themes       text[] not null default '{}',
    source       jsonb,
    created_by   text not null,
    created_at   timestamptz not null default now(),
    updated_by   text,
    updated_at   timestamptz,
    version      integer not null default 0
);
create index recommendation_document on recommendation (document_id);
create index recommendation_addressees on recommendation using gin (addressees);

-- Who acted on a recommendation, how and when.
create table recommendation_uptake (
    id                bigint generated always as identity primary key,
    recommendation_id bigint not null references recommendation (id) on delete cascade,
    place_id          bigint references place (id),
    organisation_id   bigint references organisation (id),
    -- an actor the directory does not hold (a national government, a donor)
    actor_name        text check (length(actor_name) <= 300),
    taken_on          date not null,
    precision         text not null default 'day' check (precision in ('day', 'month', 'year')),
    language          text not null check (language ~ '^[a-z]{2}$'),
    how               text not null check (length(how) between 1 and 5000),
    translations      jsonb not null default '{}',
    visibility        text not null default 'public' check (visibility in ('public', 'restricted')),
    source            jsonb,
    recorded_by       text not null,
    recorded_at       timestamptz not null default now(),
    check (place_id is not null or organisation_id is not null or actor_name is not null)
);
create index recommendation_uptake_recommendation on recommendation_uptake (recommendation_id);
create index recommendation_uptake_place on recommendation_uptake (place_id);

-- Evidence of a status change or of an uptake: a record of another module (initiative, validated outcome, document),
-- a data value named as the data module names it (indicator, place, year; read through it when shown, so that its
-- protection of small counts applies), or an address on the web.
create table commitment_evidence (
    id               bigint generated always as identity primary key,
    status_change_id bigint references pledge_status_change (id) on delete cascade,
    uptake_id        bigint references recommendation_uptake (id) on delete cascade,
    kind             text not null check (kind in ('initiative', 'outcome', 'document', 'data_value', 'web')),
    record_id        bigint,
    indicator_code   text check (length(indicator_code) between 1 and 100),
    place_id         bigint references place (id),
    year             integer check (year between 1900 and 2100),
    url              text check (length(url) <= 2000),
    check ((status_change_id is null) <> (uptake_id is null)),
    check (kind not in ('initiative', 'outcome', 'document') or record_id is not null),
    check (kind <> 'data_value' or (indicator_code is not null and place_id is not null and year is not null)),
    check (kind <> 'web' or url is not null)
);
create index commitment_evidence_status on commitment_evidence (status_change_id);
create index commitment_evidence_uptake on commitment_evidence (uptake_id);
create index commitment_evidence_record on commitment_evidence (kind, record_id);
