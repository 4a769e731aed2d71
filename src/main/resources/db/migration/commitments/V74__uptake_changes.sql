-- Commitments: an uptake can be changed or removed after it was recorded (a wrong date, evidence added later). The
-- version column detects two people changing the same uptake at once, as on every other edited record.
alter table recommendation_uptake
    add column version    integer not null default 0,
    add column updated_by text,
    add column updated_at timestamptz;
