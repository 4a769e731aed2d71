-- Search answers follow changes of places (names in every script), organisations (names, acronyms) and memberships
-- (a city's networks): V8.
select crossroads_search_reads('place', 'organisation', 'membership');
