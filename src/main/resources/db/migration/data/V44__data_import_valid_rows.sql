-- How many rows of a checked file passed every check: a dry run that keeps the valid rows says how many
-- "Import this file now" will store. Null for batches checked before this column existed.
alter table data_import_batch add column valid_rows integer;
