-- Issue 12 §2: the language an initiative's name and summary were written in; translations hold the others, and pages
-- mark which one a reader sees. Everything held so far was written in English.
alter table initiative add column language text not null default 'en'
    check (language ~ '^[a-z]{2}$');
