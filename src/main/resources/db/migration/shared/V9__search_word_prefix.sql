-- Typo correction asks whether some indexed word starts with a query word (SearchLexicon). "word like :w || '%'" can
-- use no index (12-27 ms a word over 145,000 words, bench/library-search.sh); a range on the words in byte order can.
create index search_word_prefix on search_word (kind, (word collate "C"));
