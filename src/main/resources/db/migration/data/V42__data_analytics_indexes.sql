-- Analytics (issue 4) list the places and periods with figures for an indicator under the reader's
-- confidentiality ("every city" pivots, maps, the places and periods a form offers). EXPLAIN at 10 million
-- values (bench/data-pivot.sql) showed the primary key scan spending most of its time fetching each row
-- only to read its confidentiality; this index answers those lists from the index alone.
create index data_marginal_places on data_marginal (indicator_id, period, dimension, place_id) include (confidentiality);
