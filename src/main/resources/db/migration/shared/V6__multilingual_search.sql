-- Multilingual search (shared): one normalisation, one text vector and one query builder that every
-- module's search uses (docs/decisions/0012-multilingual-search.md).

-- Letters as search compares them: lower case, without accents (unaccent), Arabic without diacritics or
-- tatweel, alef/hamza forms as bare alef, alef maqsura as ya, ta marbuta as ha, hamza on waw/ya dropped.
-- Punctuation is kept. org.crossroads.shared.vocabulary.MatchKey.letters(...) does the same in Java
-- (SearchNormalisationTest compares them on a table of cases).
create or replace function crossroads_normalise(text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary,
                 regexp_replace(translate($1, 'أإآٱىةؤئ', 'اااايهوي'), '[\u064B-\u065F\u0670\u0640]', '', 'g'))) $$;

-- The words of a text as-is (for prefix matches) plus their stems in English, French, Spanish and
-- Arabic: a record written in any of the four languages matches a query in its own language's forms.
create or replace function crossroads_search_vector(text) returns tsvector
    language sql immutable parallel safe strict
    as $$ select to_tsvector('simple'::regconfig, n) || to_tsvector('english'::regconfig, n)
              || to_tsvector('french'::regconfig, n) || to_tsvector('spanish'::regconfig, n)
              || to_tsvector('arabic'::regconfig, n)
         from (select crossroads_normalise($1) as n) s $$;

-- One query word: its prefix as written, or its stem in any of the four languages.
create or replace function crossroads_word_query(text) returns tsquery
    language plpgsql immutable parallel safe strict
    as $$
declare
    w text := btrim(regexp_replace(crossroads_normalise($1), '[[:space:]'':&|!()<>*\\]+', ' ', 'g'));
    q tsquery;
begin
    if w = '' then
        return null;
    end if;
    q := to_tsquery('simple'::regconfig, quote_literal(w) || ':*');
    q := q || plainto_tsquery('english'::regconfig, w) || plainto_tsquery('french'::regconfig, w)
           || plainto_tsquery('spanish'::regconfig, w) || plainto_tsquery('arabic'::regconfig, w);
    return q;
end $$;

-- Alternatives separated by "|" (each a phrase of words separated by spaces): any alternative, and in
-- an alternative every word. "jumelage|twinning|city partnership" -> jumelage | twinning | (city & partnership).
create or replace function crossroads_alternatives_query(text) returns tsquery
    language plpgsql immutable parallel safe strict
    as $$
declare
    alternative text;
    word text;
    phrase tsquery;
    wq tsquery;
    result tsquery;
begin
    foreach alternative in array string_to_array($1, '|') loop
        phrase := null;
        foreach word in array regexp_split_to_array(btrim(alternative), '\s+') loop
            wq := crossroads_word_query(word);
            if wq is not null and numnode(wq) > 0 then
                phrase := case when phrase is null then wq else phrase && wq end;
            end if;
        end loop;
        if phrase is not null then
            result := case when result is null then phrase else result || phrase end;
        end if;
    end loop;
    return result;
end $$;

-- The words each kind of record holds (its tsvector's lexemes), for typo correction by trigram
-- similarity. Filled by the module that owns the records through shared.search.SearchLexicon.
create table search_word (
    kind text not null,
    word text not null,
    primary key (kind, word)
);
create index search_word_trgm on search_word using gin (word gin_trgm_ops);
