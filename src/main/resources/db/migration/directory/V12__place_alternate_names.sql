-- The gazetteer's alternate_name holds several names separated by "|" (Tanger|Tangiers|طنجة): match
-- any of them through a trigram index on the delimited key.
drop index if exists place_alternate_key;
create index place_alternate_trgm on place using gin (('|' || crossroads_key(alternate_name) || '|') gin_trgm_ops);
