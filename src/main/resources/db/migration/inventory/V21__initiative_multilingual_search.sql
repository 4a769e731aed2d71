-- The initiative's text vector holds its words and their English, French, Spanish and Arabic stems
-- (crossroads_search_vector, V6) instead of the words alone ('simple'): "migrations" finds "migration".
-- Text written before MatchKey folded ligatures and alef wasla as crossroads_normalise does (œ → oe,
-- ß → ss, ٱ → ا) is folded the same way first, so that queries written either way find it.
update initiative set search_text = crossroads_normalise(search_text) where search_text ~ '[œæßøđłıٱ]';
drop index if exists initiative_search;
alter table initiative drop column search;
alter table initiative add column search tsvector generated always as (crossroads_search_vector(search_text)) stored;
create index initiative_search on initiative using gin (search);
