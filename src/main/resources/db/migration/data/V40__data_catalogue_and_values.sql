-- Local migration data: the indicator catalogue, reusable dimensions, data values with history, import
-- batches and the pre-aggregated marginals that analytics read.

-- A way to break values down (sex, age group, migration status group, region of nationality…).
create table data_dimension (
    id          bigint generated always as identity primary key,
    code        text not null unique check (code ~ '^[a-z][a-z0-9_]{0,39}$'),
    name        jsonb not null,
    description jsonb not null default '{}',
    created_by  text not null,
    created_at  timestamptz not null default now(),
    version     integer not null default 0
);

-- Categories of a dimension. New categories can be added at any time: a value refers to categories by
-- code, so existing values stay valid and no combination changes.
create table data_category (
    id           bigint generated always as identity primary key,
    dimension_id bigint not null references data_dimension (id) on delete cascade,
    code         text not null check (code ~ '^[a-z0-9][a-z0-9_+.-]{0,39}$'),
    name         jsonb not null,
    position     integer not null default 0,
    unique (dimension_id, code)
);

create table indicator (
    id            bigint generated always as identity primary key,
    code          text not null unique check (code ~ '^[a-z][a-z0-9_.]{0,59}$'),
    name          jsonb not null,
    definition    jsonb not null default '{}',
    unit          text not null,
    -- count, number, percent, ratio, currency
    value_type    text not null check (value_type in ('count', 'number', 'percent', 'ratio', 'currency')),
    -- how values combine across categories and places: sum (counts), average, or none
    aggregation   text not null check (aggregation in ('sum', 'average', 'none')),
    domains       text[] not null default '{}',
    gcm_objectives integer[] not null default '{}',
    sdg_targets   text[] not null default '{}',
    source_types  text[] not null default '{}',
    proxy         boolean not null default false,
    -- computed indicators: an arithmetic formula over other indicators' codes, e.g.
    -- "foreign_born_residents / population * 100"
    formula       text check (length(formula) <= 500),
    decimals      integer not null default 0 check (decimals between 0 and 6),
    source        text,
    created_by    text not null,
    created_at    timestamptz not null default now(),
    updated_by    text,
    updated_at    timestamptz,
    version       integer not null default 0
);

create table indicator_dimension (
    indicator_id bigint not null references indicator (id) on delete cascade,
    dimension_id bigint not null references data_dimension (id),
    position     integer not null,
    primary key (indicator_id, dimension_id)
);

-- Inputs of a computed indicator, kept so that a change of an input finds what to recompute.
create table indicator_input (
    indicator_id bigint not null references indicator (id) on delete cascade,
    input_id     bigint not null references indicator (id),
    primary key (indicator_id, input_id)
);

create table data_import_batch (
    id             bigint generated always as identity primary key,
    file_name      text not null,
    status         text not null check (status in ('queued', 'running', 'committed', 'failed', 'checked')),
    total_rows     integer not null default 0,
    processed_rows integer not null default 0,
    created_rows   integer not null default 0,
    updated_rows   integer not null default 0,
    problems       jsonb not null default '[]',
    store_valid    boolean not null default false,
    dry_run        boolean not null default false,
    created_by     text not null,
    created_at     timestamptz not null default now(),
    finished_at    timestamptz
);

-- One value: an indicator, a place, a period and one combination of the indicator's categories
-- ("" for the total; otherwise "dimension=category" pairs sorted by dimension code, joined by "|").
create table data_value (
    id               bigint generated always as identity primary key,
    indicator_id     bigint not null references indicator (id),
    place_id         bigint not null references place (id),
    -- "2024", "2024-Q3" or "2024-07"
    period           text not null check (period ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$'),
    period_start     date not null,
    combination      text not null default '',
    categories       jsonb not null default '{}',
    value            numeric not null,
    source           text,
    method_note      text check (length(method_note) <= 2000),
    quality          text not null default 'unknown' check (quality in ('good', 'fair', 'poor', 'estimate', 'unknown')),
    confidentiality  text not null default 'public' check (confidentiality in ('public', 'restricted', 'confidential')),
    computed         boolean not null default false,
    batch_id         bigint references data_import_batch (id),
    created_by       text not null,
    created_at       timestamptz not null default now(),
    updated_by       text,
    updated_at       timestamptz,
    version          integer not null default 0,
    unique (indicator_id, place_id, period, combination)
);
create index data_value_place on data_value (place_id, indicator_id);
create index data_value_period on data_value (indicator_id, period_start);

-- Corrections keep the previous value.
create table data_value_history (
    id              bigint generated always as identity primary key,
    value_id        bigint not null references data_value (id) on delete cascade,
    value           numeric not null,
    source          text,
    method_note     text,
    quality         text not null,
    confidentiality text not null,
    changed_by      text not null,
    changed_at      timestamptz not null default now(),
    batch_id        bigint
);
create index data_value_history_value on data_value_history (value_id);

-- Pre-aggregated marginals for analytics: per indicator, place and period, the total and the value of
-- each category of each dimension (summed or averaged over the other dimensions as the indicator says),
-- with the strictest confidentiality of the cells behind it. Refreshed after imports and edits.
create table data_marginal (
    indicator_id    bigint not null references indicator (id) on delete cascade,
    place_id        bigint not null references place (id),
    period          text not null,
    period_start    date not null,
    dimension       text not null default '',
    category        text not null default '',
    value           numeric not null,
    cells           integer not null,
    confidentiality text not null,
    primary key (indicator_id, dimension, period, place_id, category)
);
create index data_marginal_place on data_marginal (place_id, indicator_id);
