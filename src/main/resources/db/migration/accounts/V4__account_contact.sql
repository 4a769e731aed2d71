-- Accounts: where the platform writes to an editor (exchange requests and their answers) and in which language.
-- Both optional: an editor without an address gets no mail; one without a language gets English.
-- Owned by the accounts module, in its band (decision 0003); the exchanges of issue 10 brought it.
alter table account add column email text check (email is null or length(email) between 3 and 254);
alter table account add column language text check (language is null or language in ('en', 'fr', 'ar', 'es'));
