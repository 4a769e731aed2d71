-- Bulk imports write up to millions of values. PostgreSQL checks a foreign key once per inserted row,
-- three lookups per value here, which cost about a third of a bulk import (docs/benchmarks.md). Instead,
-- the importer checks and locks each indicator, place and batch a batch refers to once (DataValueWriter
-- takes FOR KEY SHARE locks, so they cannot be deleted before it commits), and these triggers refuse to
-- delete an indicator, place or batch that stored values still refer to. Decision 0009.
alter table data_value
    drop constraint data_value_indicator_id_fkey,
    drop constraint data_value_place_id_fkey,
    drop constraint data_value_batch_id_fkey;
-- marginals are derived from the values and rebuilt with them
alter table data_marginal
    drop constraint data_marginal_indicator_id_fkey,
    drop constraint data_marginal_place_id_fkey;

create function data_values_keep_their_references() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'indicator' then
        perform 1 from data_value v where v.indicator_id in (select id from gone) limit 1;
    elsif tg_table_name = 'place' then
        perform 1 from data_value v where v.place_id in (select id from gone) limit 1;
    else
        perform 1 from data_value v where v.batch_id in (select id from gone) limit 1;
    end if;
    if found then
        raise exception 'stored data values still refer to this %', tg_table_name using errcode = 'foreign_key_violation';
    end if;
    if tg_table_name = 'indicator' then
        delete from data_marginal m where m.indicator_id in (select id from gone);
    elsif tg_table_name = 'place' then
        delete from data_marginal m where m.place_id in (select id from gone);
    end if;
    return null;
end;
$$;

create trigger indicator_keeps_data_values after delete on indicator referencing old table as gone
    for each statement execute function data_values_keep_their_references();
create trigger place_keeps_data_values after delete on place referencing old table as gone
    for each statement execute function data_values_keep_their_references();
create trigger data_import_batch_keeps_data_values after delete on data_import_batch referencing old table as gone
    for each statement execute function data_values_keep_their_references();
