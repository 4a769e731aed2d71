-- Library documents (issue 11): a published document can be withdrawn (kept with its history, shown to its editors
-- only); a date known to the month only ("2016-07", as the MC2CM annex gives them) keeps that precision; and the
-- list's text filter reads one expression, indexed here (title, summary and their translations; plain words without
-- stemming until the multilingual search replaces it).
alter table document drop constraint document_publication_check;
alter table document add constraint document_publication_check
    check (publication in ('published', 'proposed', 'withdrawn'));

alter table document add column published_precision text not null default 'day'
    check (published_precision in ('day', 'month'));

create index document_words on document
    using gin (to_tsvector('simple'::regconfig, title || ' ' || coalesce(summary, '') || ' ' || translations::text));
