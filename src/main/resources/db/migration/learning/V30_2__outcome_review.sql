-- Outcome review: a coordinator who rejects a statement says why, so its author can see it.
alter table outcome_statement
    add column rejected_by      text,
    add column rejected_at      timestamptz,
    add column rejection_reason text check (length(rejection_reason) <= 2000);
create index outcome_statement_network on outcome_statement (network_id, status);
