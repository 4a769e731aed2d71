-- A place whose population is not known (null, or 0 as GeoNames writes "not known") was classed
-- "small": it is now "unknown", so counts of small and intermediary cities do not include guesses.
alter table place drop column size_class;
alter table place add column size_class text generated always as (
    case when population is null or population = 0 then 'unknown'
         when population >= 1000000 then 'metropolitan'
         when population >= 50000 then 'intermediary'
         else 'small' end) stored;
