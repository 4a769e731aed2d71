-- Names as multilingual search compares them (crossroads_normalise, V6: Arabic alef/hamza forms, ta
-- marbuta, alef maqsura, diacritics) for the city search and for query understanding; and the other names
-- an organisation goes by ("MMC" for the Mixed Migration Centre), separated by "|" like place.alternate_name.
create index place_name_norm_trgm on place using gin (crossroads_normalise(name) gin_trgm_ops);
create index place_alternate_norm_trgm on place using gin (('|' || crossroads_normalise(alternate_name) || '|') gin_trgm_ops);
alter table organisation add column alternate_names text;
