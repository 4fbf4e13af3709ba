-- Sync bookkeeping: what changed in which order (change_log, ordered by the school clock of V2),
-- what every change replaced (record_history), which mutations were applied (applied_mutation),
-- what each tablet scope holds (device_scope), how far tombstones were purged (school_sync_state),
-- and photo uploads in progress (photo_upload). docs/architecture.md explains the design.

-- One row per record: its latest version and the keys that decide who may see it. A pull reads
-- "school_id = ? and version > ? order by version", one range scan of change_log_by_version.
create table change_log (
    school_id       uuid        not null references school (id),
    entity_id       uuid        not null,
    entity_type     text        not null,
    version         bigint      not null check (version >= 1),
    deleted         boolean     not null,
    -- The pupils the record is about (the pupil itself, an observation's children); empty for
    -- records scoped by intervention (intervention, session_log) and for school and staff.
    pupil_ids       uuid[]      not null default '{}',
    intervention_id uuid,
    changed_at      timestamptz not null default now(),
    -- An id is one record of one type per school, so a wrong-type upsert is found by this key.
    primary key (school_id, entity_id)
);
-- Unique: each writing transaction takes its own clock value and logs one record, so a page
-- boundary between two versions never splits a transaction.
create unique index change_log_by_version on change_log (school_id, version);
create index change_log_by_pupil on change_log using gin (pupil_ids);
create index change_log_by_intervention on change_log (school_id, intervention_id) where intervention_id is not null;
create index change_log_tombstones on change_log (school_id, changed_at) where deleted;

-- Every change's values before and after, who made it, from which device and by which mutation.
-- conflict holds the field resolutions of a merge; needs_review marks long text kept in both
-- forms, for the SENCO to reconcile.
create table record_history (
    school_id    uuid        not null references school (id),
    entity_type  text        not null,
    entity_id    uuid        not null,
    version      bigint      not null,
    changed_at   timestamptz not null default now(),
    changed_by   uuid,
    device_id    uuid,
    mutation_id  uuid,
    old_data     jsonb,
    new_data     jsonb,
    conflict     jsonb,
    needs_review boolean     not null default false,
    primary key (school_id, entity_id, version)
);
create index record_history_to_review on record_history (school_id, changed_at) where needs_review;

-- Written in the transaction that applies the mutation: a repeat gets the stored outcome.
create table applied_mutation (
    school_id   uuid        not null references school (id),
    mutation_id uuid        not null,
    device_id   uuid        not null,
    staff_id    uuid,
    entity_type text        not null,
    entity_id   uuid        not null,
    outcome     jsonb       not null,
    applied_at  timestamptz not null default now(),
    primary key (school_id, mutation_id)
);

-- What one person's scope on one tablet holds, as of the cursor that named this generation. A
-- pull compares it with the person's scope now: pupils and interventions that left are sent as
-- removals, those that joined as changes. Generations, rather than one mutable set, because a
-- tablet whose page failed to apply pulls again with its previous cursor.
create table device_scope (
    school_id        uuid        not null references school (id),
    device_id        uuid        not null,
    staff_id         uuid        not null,
    generation       bigint      not null check (generation >= 1),
    pupil_ids        uuid[]      not null,
    intervention_ids uuid[]      not null,
    created_at       timestamptz not null default now(),
    primary key (school_id, device_id, staff_id, generation)
);

-- Tombstones older than the retention are purged from change_log; a cursor from before the purge
-- could miss one, so it gets must-resync.
create table school_sync_state (
    school_id                        uuid        primary key references school (id),
    tombstones_purged_before_version bigint      not null default 0,
    purged_at                        timestamptz
);

-- A photo upload in progress: the bytes so far are in <data dir>/photos/uploads/<school>/<sha256>.
create table photo_upload (
    school_id  uuid        not null references school (id),
    sha256     text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    total_size bigint      not null check (total_size between 1 and 15728640),
    received   bigint      not null check (received between 0 and total_size),
    media_type text        not null check (media_type in ('image/jpeg', 'image/png', 'image/webp')),
    started_by uuid,
    device_id  uuid,
    started_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (school_id, sha256)
);
create index photo_upload_stale on photo_upload (updated_at);

-- Staff and school rows are written by the accounts code; these triggers give their changes a
-- school clock version and a change_log row, so the device scope (the sign-in screen's records)
-- syncs them like any other record. Only the members of their JSON form count as a change.
create function log_reference_change(p_school_id uuid, p_entity_id uuid, p_entity_type text, p_deleted boolean)
    returns void language plpgsql as $$
declare
    next_version bigint;
begin
    insert into school_clock (school_id, version) values (p_school_id, 1)
    on conflict (school_id) do update set version = school_clock.version + 1
    returning version into next_version;
    insert into change_log (school_id, entity_id, entity_type, version, deleted)
    values (p_school_id, p_entity_id, p_entity_type, next_version, p_deleted)
    on conflict (school_id, entity_id) do update
        set version = excluded.version, deleted = excluded.deleted, changed_at = now();
end $$;

create function log_staff_change() returns trigger language plpgsql as $$
begin
    perform log_reference_change(new.school_id, new.id, 'staff', not new.active);
    return null;
end $$;

create trigger staff_inserted after insert on staff
    for each row execute function log_staff_change();
create trigger staff_changed after update on staff
    for each row
    when (old.display_name is distinct from new.display_name or old.email is distinct from new.email
          or old.roles is distinct from new.roles or old.active is distinct from new.active)
    execute function log_staff_change();

create function log_school_change() returns trigger language plpgsql as $$
begin
    perform log_reference_change(new.id, new.id, 'school', false);
    return null;
end $$;

-- Deferred to commit, so code that creates a school and then its school_clock row in the same
-- transaction finds no clock row made for it.
create constraint trigger school_inserted after insert on school
    deferrable initially deferred
    for each row execute function log_school_change();
create trigger school_changed after update on school
    for each row
    when (old.name is distinct from new.name or old.urn is distinct from new.urn or old.phase is distinct from new.phase)
    execute function log_school_change();
