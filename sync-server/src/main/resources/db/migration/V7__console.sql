-- Indexes for the console's home page ("what needs attention"), so each list is one index range
-- scan of the school's rows rather than a scan of everything the school ever recorded.

-- The latest concerns flagged in session logs.
create index session_log_concerns on session_log (school_id, date desc) where concern_flagged and not deleted;

-- Changes from tablets the server refused, latest first.
create index applied_mutation_rejected on applied_mutation (school_id, applied_at desc)
    where (outcome ->> 'status') = 'rejected';

-- Changes merged with a conflicting change, latest first (record_history_to_review of V4 covers
-- only those kept in both forms).
create index record_history_conflicts on record_history (school_id, changed_at desc) where conflict is not null;
