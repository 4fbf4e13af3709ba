-- Who opened or exported which pupil's record, for the console's audit page. Changes are already
-- in record_history (who, when, which device); this table holds what reading leaves no trace of:
-- a pupil's page viewed, a transfer pack or CTF section downloaded, a pupil written by a CSV import.
-- Only ids and the action are kept, never any of the record's contents.
create table access_log (
    school_id  uuid        not null references school (id),
    id         bigint      generated always as identity,
    staff_id   uuid        not null,
    pupil_id   uuid        not null,
    action     text        not null check (action in ('viewed_pupil', 'downloaded_transfer_pdf', 'exported_ctf',
                                                      'imported_csv')),
    at         timestamptz not null,
    ip         text        check (length(ip) <= 64),
    user_agent text        check (length(user_agent) <= 200),
    primary key (school_id, id),
    foreign key (staff_id) references staff (id),
    foreign key (school_id, pupil_id) references pupil (school_id, id)
);
create index access_log_by_time on access_log (school_id, at desc);
create index access_log_by_pupil on access_log (school_id, pupil_id, at desc);

-- The audit page lists a school's changes newest first, with or without a pupil filter.
create index record_history_by_time on record_history (school_id, changed_at desc);
