-- Commitments (issue 13 §4): a framework's report orders every pledge the reader may see by its text as read in
-- English (ListSort.NAME with language 'en', whatever the reader's language) before taking one page of them. Computing
-- that key (crossroads_normalise: unaccent, Arabic letter forms) for 5,000 pledges on every request was most of the
-- report's time: it is stored with the pledge instead, exactly as PledgeStore's order computes it
-- (ListSort.nameKey over ShownText.sql("p", "text", "p.text") with :lang = 'en'), so that the order is the same.
alter table pledge add column name_key_en text generated always as (
    crossroads_normalise(ltrim(case when language = 'en' then text
                                    else coalesce(nullif(btrim(translations -> 'en' ->> 'text'), ''), text) end,
                               ' ¿¡«»"''“”‘’([-–—.…'))) stored;
create index pledge_framework_name_en on pledge (framework_id, (name_key_en collate "C"), id);
