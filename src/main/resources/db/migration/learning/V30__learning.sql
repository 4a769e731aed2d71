-- Learning: peer-learning events, their participants, surveys, capability self-assessments,
-- outcome statements and mutual accountability ratings (monitoring, evaluation and learning).

create table learning_event (
    id                   bigint generated always as identity primary key,
    external_id          text not null unique,
    theme                text not null check (length(theme) between 1 and 300),
    host_place_id        bigint references place (id),
    starts_on            date not null,
    ends_on              date not null,
    -- 'month' when only the month is known (the MC2CM annex gives "July 2016")
    date_precision       text not null default 'day' check (date_precision in ('day', 'month')),
    format               text not null check (format in ('in_person', 'online', 'hybrid')),
    languages            text[] not null default '{}',
    methods              text[] not null default '{}',
    agenda               text check (length(agenda) <= 20000),
    background_documents text[] not null default '{}',
    learning_report      text check (length(learning_report) <= 20000),
    source               text not null,
    created_by           text not null,
    created_at           timestamptz not null default now(),
    updated_by           text,
    updated_at           timestamptz,
    version              integer not null default 0,
    search               tsvector generated always as (to_tsvector('simple', theme)) stored,
    check (ends_on >= starts_on)
);
create index learning_event_search on learning_event using gin (search);
create index learning_event_starts on learning_event (starts_on);
create index learning_event_host on learning_event (host_place_id);

create table learning_event_organiser (
    event_id        bigint not null references learning_event (id) on delete cascade,
    organisation_id bigint not null references organisation (id),
    primary key (event_id, organisation_id)
);
create index learning_event_organiser_organisation on learning_event_organiser (organisation_id);

-- Who needs to learn what, set before the event.
create table learning_objective (
    id          bigint generated always as identity primary key,
    event_id    bigint not null references learning_event (id) on delete cascade,
    audience    text not null check (length(audience) between 1 and 300),
    objective   text not null check (length(objective) between 1 and 2000),
    position    integer not null
);
create index learning_objective_event on learning_objective (event_id, position);

-- A person who takes part in events. Only what the programme needs; erased persons keep their row
-- (without any personal data) so that counts over time stay right.
create table participant (
    id                 bigint generated always as identity primary key,
    full_name          text check (length(full_name) between 1 and 200),
    email              text check (length(email) <= 320),
    organisation_id    bigint references organisation (id),
    place_id           bigint references place (id),
    position           text check (position in ('political', 'technical', 'other')),
    expertise          text check (length(expertise) <= 300),
    gender             text check (gender in ('woman', 'man', 'non_binary', 'self_described', 'not_stated')),
    gender_description text check (length(gender_description) <= 100),
    language           text not null default 'en' check (language in ('en', 'fr', 'ar', 'es')),
    -- lower-case name without accents, to recognise the same person across events
    match_key          text,
    -- hash of the personal link through which the person sees, exports or erases their data
    access_token_hash  text unique,
    merged_into        bigint references participant (id),
    erased_at          timestamptz,
    created_by         text not null,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz,
    version            integer not null default 0,
    check (erased_at is not null or full_name is not null)
);
create index participant_match on participant (match_key) where erased_at is null and merged_into is null;
create unique index participant_email on participant (lower(email)) where email is not null and merged_into is null;
create index participant_place on participant (place_id);

create table participant_consent (
    id             bigint generated always as identity primary key,
    participant_id bigint not null references participant (id) on delete cascade,
    purpose        text not null check (purpose in ('participation', 'surveys', 'contact_by_peers', 'photos')),
    given_on       date not null,
    withdrawn_on   date,
    recorded_by    text not null,
    recorded_at    timestamptz not null default now()
);
create index participant_consent_participant on participant_consent (participant_id);

-- Registration and attendance. The city, position and gender at the time are kept with it, so that
-- statistics survive the erasure of the person.
create table registration (
    id             bigint generated always as identity primary key,
    event_id       bigint not null references learning_event (id) on delete cascade,
    participant_id bigint not null references participant (id),
    place_id       bigint references place (id),
    position       text,
    gender         text,
    attended       boolean,
    registered_by  text not null,
    registered_at  timestamptz not null default now(),
    unique (event_id, participant_id)
);
create index registration_participant on registration (participant_id);
create index registration_place on registration (place_id, event_id);

-- Survey templates: questions are never changed once answered; a changed question is a new row and
-- the old one is retired, so old answers stay readable with the question they answered.
create table survey_template (
    id          bigint generated always as identity primary key,
    code        text not null unique,
    kind        text not null check (kind in ('feedback', 'follow_up')),
    name        jsonb not null,
    created_by  text not null,
    created_at  timestamptz not null default now(),
    version     integer not null default 0
);

create table survey_question (
    id          bigint generated always as identity primary key,
    template_id bigint not null references survey_template (id),
    code        text not null,
    position    integer not null,
    kind        text not null check (kind in ('likert', 'choice', 'text')),
    required    boolean not null default false,
    -- {"en": "...", "fr": "...", ...}
    prompt      jsonb not null,
    -- for choice questions: [{"code": "...", "label": {"en": ...}}]
    options     jsonb not null default '[]',
    -- what the answer means for outcome harvesting: 'change_reported', 'change_type', 'change_description'
    purpose     text,
    retired_at  timestamptz
);
create index survey_question_template on survey_question (template_id, position) where retired_at is null;

-- One round of a survey for an event: the feedback after it, or a follow-up months later.
create table survey (
    id          bigint generated always as identity primary key,
    event_id    bigint not null references learning_event (id) on delete cascade,
    template_id bigint not null references survey_template (id),
    round       text not null check (round in ('feedback', 'follow_up_3', 'follow_up_6', 'follow_up_12')),
    anonymous   boolean not null default false,
    opens_on    date not null,
    closes_on   date not null,
    sent_at     timestamptz,
    created_by  text not null,
    created_at  timestamptz not null default now(),
    unique (event_id, round),
    check (closes_on >= opens_on)
);
create index survey_due on survey (opens_on) where sent_at is null;

-- A personal link: only the hash of its token is stored, so a database copy reveals no working link.
create table survey_invitation (
    id             bigint generated always as identity primary key,
    survey_id      bigint not null references survey (id) on delete cascade,
    participant_id bigint references participant (id),
    token_hash     text not null unique,
    place_id       bigint references place (id),
    language       text not null default 'en',
    sent_at        timestamptz,
    reminders      integer not null default 0,
    reminded_at    timestamptz,
    responded_at   timestamptz,
    unique (survey_id, participant_id)
);

create table survey_response (
    id            bigint generated always as identity primary key,
    survey_id     bigint not null references survey (id) on delete cascade,
    -- null in anonymous surveys
    invitation_id bigint unique references survey_invitation (id) on delete set null,
    place_id      bigint references place (id),
    language      text not null,
    submitted_at  timestamptz not null default now()
);
create index survey_response_survey on survey_response (survey_id);

create table survey_answer (
    response_id bigint not null references survey_response (id) on delete cascade,
    question_id bigint not null references survey_question (id),
    score       integer check (score between 1 and 5),
    choice      text,
    text_value  text check (length(text_value) <= 5000),
    primary key (response_id, question_id)
);
create index survey_answer_question on survey_answer (question_id);

-- Capability frameworks (the Five Core Capabilities, others can be added) and self-assessments.
create table capability_framework (
    id          bigint generated always as identity primary key,
    code        text not null unique,
    name        jsonb not null,
    description jsonb not null default '{}',
    source      text not null,
    scale_max   integer not null default 5
);

create table capability (
    id           bigint generated always as identity primary key,
    framework_id bigint not null references capability_framework (id),
    code         text not null,
    position     integer not null,
    name         jsonb not null,
    unique (framework_id, code)
);

create table capability_indicator (
    id            bigint generated always as identity primary key,
    capability_id bigint not null references capability (id),
    code          text not null unique,
    level         text not null check (level in ('individual', 'institutional', 'collective')),
    position      integer not null,
    text          jsonb not null
);

create table capability_assessment (
    id           bigint generated always as identity primary key,
    framework_id bigint not null references capability_framework (id),
    place_id     bigint not null references place (id),
    -- a year ("2024") or a half year ("2024-H1")
    period       text not null check (period ~ '^[0-9]{4}(-H[12])?$'),
    assessed_by  text not null,
    assessed_at  timestamptz not null default now(),
    version      integer not null default 0,
    unique (framework_id, place_id, period)
);
create index capability_assessment_place on capability_assessment (place_id, period);

create table capability_score (
    assessment_id bigint not null references capability_assessment (id) on delete cascade,
    indicator_id  bigint not null references capability_indicator (id),
    score         integer not null check (score between 1 and 5),
    evidence      text check (length(evidence) <= 5000),
    primary key (assessment_id, indicator_id)
);

-- Outcome harvesting: who changed what, when and where, and how the exchange contributed.
create table outcome_statement (
    id                        bigint generated always as identity primary key,
    status                    text not null default 'draft' check (status in ('draft', 'substantiated', 'validated', 'rejected')),
    change_agent              text not null check (length(change_agent) between 1 and 300),
    change_type               text not null check (change_type in ('behaviour', 'relationship', 'practice', 'policy', 'resources')),
    description               text not null check (length(description) between 1 and 5000),
    observed_on               date,
    place_id                  bigint references place (id),
    significance              text check (length(significance) <= 5000),
    contribution              text check (length(contribution) <= 5000),
    -- who told us; hidden under the Chatham House rule from everyone but coordinators
    source                    text check (length(source) <= 500),
    evidence                  text check (length(evidence) <= 5000),
    chatham_house             boolean not null default false,
    inspired_by_place_id      bigint references place (id),
    inspired_by_initiative_id bigint references initiative (id),
    inspired_by_practice      text check (length(inspired_by_practice) <= 500),
    -- the network whose coordinators validate it
    network_id                bigint references organisation (id),
    -- the follow-up answer it was drafted from, if any
    survey_response_id        bigint unique references survey_response (id) on delete set null,
    substantiated_by          text,
    substantiation            text check (length(substantiation) <= 5000),
    substantiated_at          timestamptz,
    validated_by              text,
    validated_at              timestamptz,
    created_by                text not null,
    created_at                timestamptz not null default now(),
    updated_by                text,
    updated_at                timestamptz,
    version                   integer not null default 0
);
create index outcome_statement_place on outcome_statement (place_id);
create index outcome_statement_status on outcome_statement (status);

create table outcome_event (
    outcome_id bigint not null references outcome_statement (id) on delete cascade,
    event_id   bigint not null references learning_event (id) on delete cascade,
    primary key (outcome_id, event_id)
);
create index outcome_event_event on outcome_event (event_id);

create table outcome_peer (
    outcome_id bigint not null references outcome_statement (id) on delete cascade,
    place_id   bigint not null references place (id),
    primary key (outcome_id, place_id)
);

create table outcome_capability (
    outcome_id    bigint not null references outcome_statement (id) on delete cascade,
    capability_id bigint not null references capability (id),
    level         text not null check (level in ('individual', 'institutional', 'collective')),
    primary key (outcome_id, capability_id, level)
);
create index outcome_capability_capability on outcome_capability (capability_id, level);

-- Mutual accountability: after an exchange each peer city rates another's inputs, the relevance of
-- what it received and the mutuality of the partnership (1 to 5).
create table peer_rating (
    id             bigint generated always as identity primary key,
    event_id       bigint not null references learning_event (id) on delete cascade,
    rater_place_id bigint not null references place (id),
    rated_place_id bigint not null references place (id),
    inputs         integer not null check (inputs between 1 and 5),
    relevance      integer not null check (relevance between 1 and 5),
    mutuality      integer not null check (mutuality between 1 and 5),
    comment        text check (length(comment) <= 2000),
    rated_by       text not null,
    rated_at       timestamptz not null default now(),
    unique (event_id, rater_place_id, rated_place_id),
    check (rater_place_id <> rated_place_id)
);
