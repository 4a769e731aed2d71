-- Library (issue 11): data values as a practice's evidence, named as the data module names them (indicator code,
-- place, year); the value itself is read through the data module when shown, so that its protection applies then.
create table practice_data_value (
    practice_id    bigint not null references practice (id) on delete cascade,
    indicator_code text not null check (length(indicator_code) between 1 and 100),
    place_id       bigint not null references place (id),
    year           integer not null check (year between 1900 and 2100),
    primary key (practice_id, indicator_code, place_id, year)
);
create index practice_data_value_place on practice_data_value (place_id);
