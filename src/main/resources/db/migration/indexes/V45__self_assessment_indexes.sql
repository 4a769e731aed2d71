-- Data: questionnaire-based self-assessment indexes in the manner of the Intercultural Cities Index.
-- An index has numbered versions; a version holds dimensions, their questions and the questions' answer
-- options with scores. A city answers one published version for a period; scores are computed when it
-- submits and stored, so they are only ever compared with other answers to the same version.
-- Texts meant for readers are jsonb objects by language: {"en": "...", "fr": "...", "ar": "...", "es": "..."}.

create table self_assessment_index (
    id              bigint generated always as identity primary key,
    code            text not null unique check (code ~ '^[a-z0-9][a-z0-9-]{1,59}$'),
    name            jsonb not null check (jsonb_typeof(name) = 'object' and name ? 'en'),
    description     jsonb not null default '{}' check (jsonb_typeof(description) = 'object'),
    -- false for every index built here: it is nobody's official index (not the Council of Europe's
    -- Intercultural Cities Index in particular); pages say so, with the index's own notice below
    official        boolean not null default false,
    notice          jsonb not null default '{}' check (jsonb_typeof(notice) = 'object'),
    -- the network whose coordinators maintain it (null: administrators only)
    organisation_id bigint references organisation (id),
    created_by      text not null,
    created_at      timestamptz not null default now(),
    updated_by      text,
    updated_at      timestamptz
);

create table index_version (
    id           bigint generated always as identity primary key,
    index_id     bigint not null references self_assessment_index (id),
    number       integer not null check (number >= 1),
    status       text not null default 'draft' check (status in ('draft', 'published', 'retired')),
    published_at timestamptz,
    published_by text,
    retired_at   timestamptz,
    created_by   text not null,
    created_at   timestamptz not null default now(),
    -- counts the changes to a draft, for optimistic locking of the builder's forms
    revision     integer not null default 0,
    unique (index_id, number),
    check ((status = 'draft') = (published_at is null)),
    check ((status = 'retired') = (retired_at is not null))
);
-- at most one draft per index at a time
create unique index index_version_one_draft on index_version (index_id) where status = 'draft';

create table index_dimension (
    id          bigint generated always as identity primary key,
    version_id  bigint not null references index_version (id),
    code        text not null check (code ~ '^[a-z0-9][a-z0-9._-]{0,39}$'),
    name        jsonb not null check (jsonb_typeof(name) = 'object' and name ? 'en'),
    description jsonb not null default '{}' check (jsonb_typeof(description) = 'object'),
    weight      numeric(7, 2) not null check (weight > 0),
    position    integer not null,
    unique (version_id, code),
    unique (id, version_id)
);

create table index_question (
    id           bigint generated always as identity primary key,
    version_id   bigint not null,
    dimension_id bigint not null,
    code         text not null check (code ~ '^[a-z0-9][a-z0-9._-]{0,39}$'),
    prompt       jsonb not null check (jsonb_typeof(prompt) = 'object' and prompt ? 'en'),
    kind         text not null check (kind in ('single_choice', 'multi_choice', 'yes_no', 'number_range')),
    weight       numeric(7, 2) not null check (weight > 0),
    required     boolean not null default true,
    position     integer not null,
    -- question codes are unique in the whole version: they name the form's fields
    unique (version_id, code),
    foreign key (dimension_id, version_id) references index_dimension (id, version_id)
);
create index index_question_dimension on index_question (dimension_id, position);

create table index_answer_option (
    id          bigint generated always as identity primary key,
    question_id bigint not null references index_question (id),
    code        text not null check (code ~ '^[a-z0-9][a-z0-9._-]{0,39}$'),
    label       jsonb not null default '{}' check (jsonb_typeof(label) = 'object'),
    score       integer not null check (score between 0 and 100),
    -- number-range questions: the band of answers (inclusive bounds; no upper bound when null) this score is for
    lower_bound numeric(14, 2),
    upper_bound numeric(14, 2),
    position    integer not null,
    unique (question_id, code),
    check (upper_bound is null or lower_bound is not null and upper_bound >= lower_bound)
);

-- A published or retired version is frozen: its dimensions, questions and options never change.
create function index_version_must_be_draft() returns trigger language plpgsql as $$
declare
    v_id   bigint;
    v_stat text;
begin
    if tg_table_name = 'index_dimension' or tg_table_name = 'index_question' then
        v_id := case when tg_op = 'DELETE' then old.version_id else new.version_id end;
    else
        select q.version_id into v_id from index_question q
        where q.id = case when tg_op = 'DELETE' then old.question_id else new.question_id end;
    end if;
    select status into v_stat from index_version where id = v_id;
    if v_stat is distinct from 'draft' then
        raise exception 'index version % is % and cannot be changed', v_id, v_stat using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;

create trigger index_dimension_frozen before insert or update or delete on index_dimension
    for each row execute function index_version_must_be_draft();
create trigger index_question_frozen before insert or update or delete on index_question
    for each row execute function index_version_must_be_draft();
create trigger index_answer_option_frozen before insert or update or delete on index_answer_option
    for each row execute function index_version_must_be_draft();

create table index_response (
    id            bigint generated always as identity primary key,
    version_id    bigint not null references index_version (id),
    place_id      bigint not null references place (id),
    -- a year ("2024") or a half year ("2024-H1")
    period        text not null check (period ~ '^[0-9]{4}(-H[12])?$'),
    status        text not null default 'draft' check (status in ('draft', 'submitted')),
    created_by    text not null,
    created_at    timestamptz not null default now(),
    updated_by    text not null,
    updated_at    timestamptz not null default now(),
    submitted_by  text,
    submitted_at  timestamptz,
    -- 0 to 100, computed on submission (null while a draft)
    overall_score numeric(5, 2) check (overall_score between 0 and 100),
    version       integer not null default 0,
    unique (version_id, place_id, period),
    check ((status = 'submitted') = (submitted_at is not null))
);
create index index_response_place on index_response (place_id, version_id);

create table index_answer (
    response_id  bigint not null references index_response (id) on delete cascade,
    question_id  bigint not null references index_question (id),
    -- the chosen options' codes (one for single choice and yes/no), empty for a number
    option_codes text[] not null default '{}',
    number       numeric(14, 2),
    -- 0 to 100, computed on submission
    score        numeric(5, 2) check (score between 0 and 100),
    primary key (response_id, question_id)
);

create table index_dimension_score (
    response_id  bigint not null references index_response (id) on delete cascade,
    dimension_id bigint not null references index_dimension (id),
    score        numeric(5, 2) not null check (score between 0 and 100),
    primary key (response_id, dimension_id)
);
create index index_dimension_score_dimension on index_dimension_score (dimension_id);
