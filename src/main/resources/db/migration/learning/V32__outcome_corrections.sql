-- Validated outcomes can be corrected or withdrawn by a coordinator of their network (or an administrator).
-- A withdrawn statement leaves every public list, dashboard and the API but stays, with its history,
-- for the coordinators. Each correction or withdrawal keeps the statement as it was before in
-- outcome_revision, with who changed it, when and why.
alter table outcome_statement drop constraint outcome_statement_status_check;
alter table outcome_statement add constraint outcome_statement_status_check
    check (status in ('draft', 'substantiated', 'validated', 'rejected', 'withdrawn'));

create table outcome_revision (
    id          bigint generated always as identity primary key,
    outcome_id  bigint not null references outcome_statement (id) on delete cascade,
    -- the version of the statement this revision replaced
    version     integer not null,
    change      text not null check (change in ('corrected', 'withdrawn')),
    reason      text not null check (length(reason) between 1 and 2000),
    -- the statement as it was before the change (as OutcomeHarvest hands it to coordinators)
    previous    jsonb not null,
    changed_by  text not null,
    changed_at  timestamptz not null default now()
);
create index outcome_revision_outcome on outcome_revision (outcome_id, id);

