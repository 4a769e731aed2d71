-- Search answers follow changes of initiatives and of their places and organisations: V8.
select crossroads_search_reads('initiative', 'initiative_place', 'initiative_organisation');
