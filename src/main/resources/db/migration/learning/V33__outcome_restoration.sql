-- A withdrawn outcome can be restored by a coordinator of its network (or an administrator), with a reason:
-- it returns to the status it had before it was withdrawn. The restoration is one more revision, keeping
-- the statement as it was while withdrawn, so that withdrawal and restoration both stay in its history.
alter table outcome_revision drop constraint outcome_revision_change_check;
alter table outcome_revision add constraint outcome_revision_change_check
    check (change in ('corrected', 'withdrawn', 'restored'));
