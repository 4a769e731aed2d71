-- Accounts (module accounts): the name the public sees is the display name, never the login username.
-- Accounts that existed before are asked once, at their next login, to confirm or give their display name.
alter table account add column display_name_confirmed boolean not null default false;
