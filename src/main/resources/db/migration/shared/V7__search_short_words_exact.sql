-- A query word of one or two letters, or one that is a stop word in English, French, Spanish or Arabic ("de",
-- "la", "the", "في"), matches that word exactly instead of as a prefix: "de:*" stands for every word starting with
-- "de" and costs a full index scan for no meaning (bench/library-search.sh: 726 ms for "de" against 3.6 ms for
-- "estación" over 420,000 passages). Longer words keep their prefix match ("Tang" finds Tangier).
create or replace function crossroads_word_query(text) returns tsquery
    language plpgsql immutable parallel safe strict
    as $$
declare
    w text := btrim(regexp_replace(crossroads_normalise($1), '[[:space:]'':&|!()<>*\\]+', ' ', 'g'));
    stems tsquery;
begin
    if w = '' then
        return null;
    end if;
    stems := plainto_tsquery('english'::regconfig, w) || plainto_tsquery('french'::regconfig, w)
           || plainto_tsquery('spanish'::regconfig, w) || plainto_tsquery('arabic'::regconfig, w);
    if char_length(w) <= 2 or numnode(plainto_tsquery('english'::regconfig, w)) = 0
            or numnode(plainto_tsquery('french'::regconfig, w)) = 0
            or numnode(plainto_tsquery('spanish'::regconfig, w)) = 0
            or numnode(plainto_tsquery('arabic'::regconfig, w)) = 0 then
        return to_tsquery('simple'::regconfig, quote_literal(w)) || stems;
    end if;
    return to_tsquery('simple'::regconfig, quote_literal(w) || ':*') || stems;
end $$;
