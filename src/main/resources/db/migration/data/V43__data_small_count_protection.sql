-- Small-count protection worked out once per indicator and place, over every period and breakdown, when
-- values are imported (decision 0007, issue 9): every public output (analytics, stored values, city
-- profiles, exports, the API) reads the same decisions, so that no two outputs hide a figure differently.
-- Only hidden figures are listed. A figure is named as a stored value is: its period and its combination
-- ("" for the total, "sex=female" for a category, "age_group=15_24|sex=female" for a cell).
create table data_hidden (
    indicator_id bigint not null references indicator (id) on delete cascade,
    place_id     bigint not null references place (id) on delete cascade,
    period       text not null,
    combination  text not null,
    -- why readers who are not signed in do not see it; null when they do
    public_why   text check (public_why in ('small', 'complementary', 'derived')),
    -- why signed-in readers not entitled to the city's confidential view (they see restricted values) do not
    member_why   text check (member_why in ('small', 'complementary', 'derived')),
    primary key (indicator_id, place_id, period, combination)
);
create index data_hidden_period on data_hidden (indicator_id, period);

-- The indicators and places whose protection is worked out, and at which threshold. A figure of a pair
-- not listed here (or listed at another threshold) is hidden until it is worked out: fail closed.
create table data_protected (
    indicator_id bigint not null references indicator (id) on delete cascade,
    place_id     bigint not null references place (id) on delete cascade,
    threshold    integer not null,
    primary key (indicator_id, place_id)
);
