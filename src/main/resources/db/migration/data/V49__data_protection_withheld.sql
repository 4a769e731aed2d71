-- Protection against the strongest reader of the labels (decision 0007, issue 9): a complementary "x" is
-- always a count of at least the threshold, and where none is left to protect a small count the parts of a
-- relation are withheld together ('withheld') instead of one "<5" turning into an "x".
alter table data_hidden drop constraint data_hidden_public_why_check;
alter table data_hidden drop constraint data_hidden_member_why_check;
alter table data_hidden add constraint data_hidden_public_why_check
    check (public_why in ('small', 'complementary', 'derived', 'withheld'));
alter table data_hidden add constraint data_hidden_member_why_check
    check (member_why in ('small', 'complementary', 'derived', 'withheld'));

-- Decisions taken by the earlier rule are worked out again: a pair not listed in data_protected is hidden
-- whole until the background pass at start (ProtectionBackfill) has protected it by the new rule.
delete from data_hidden;
delete from data_protected;
