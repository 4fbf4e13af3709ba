-- The SEND register: one typed table per synced entity (shared-model's EntityType), holding each
-- record's current state. Columns follow the entity's JSON form (its XxxJson codec); the service
-- validates with the codec first, and the constraints here repeat the rules SQL can hold.
--
-- Every table has the sync columns: version (the school clock value of its latest change, V4),
-- deleted (a tombstone keeps its row and data, so "deleted stays deleted"), updated_at (server
-- time), updated_by (staff), updated_device, created_at. Keys lead with school_id, the tenant and
-- the Citus distribution column; ids are client-generated UUIDs and never remapped.

-- The device scope sends the school record, whose JSON form needs these two.
alter table school
    add column urn   text check (urn ~ '^[0-9]{6}$'),
    add column phase text check (phase in ('nursery', 'primary', 'secondary', 'all_through'));

create table pupil (
    school_id               uuid        not null references school (id),
    id                      uuid        not null,
    legal_first_name        text        not null check (length(btrim(legal_first_name)) between 1 and 100),
    legal_last_name         text        not null check (length(btrim(legal_last_name)) between 1 and 100),
    preferred_name          text        check (length(preferred_name) <= 100),
    date_of_birth           date        not null,
    year_group              text        not null,
    class_name              text        check (length(class_name) <= 100),
    upn                     text        check (upn ~ '^[A-Z][0-9]{11}[0-9A-Z]$'),
    looked_after            boolean     not null,
    previously_looked_after boolean     not null,
    pupil_premium           boolean     not null,
    eal                     boolean     not null,
    left_on                 date        check (left_on > date_of_birth),
    version                 bigint      not null check (version >= 1),
    deleted                 boolean     not null default false,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    updated_by              uuid,
    updated_device          uuid,
    primary key (school_id, id),
    check (not (looked_after and previously_looked_after))
);
create unique index pupil_upn_per_school on pupil (school_id, upn) where upn is not null and not deleted;
-- Teachers see their class, early-years practitioners their room (matched ignoring case).
create index pupil_by_class on pupil (school_id, lower(class_name)) where not deleted;

create table sen_provision (
    school_id      uuid        not null references school (id),
    id             uuid        not null,
    pupil_id       uuid        not null,
    provision      text        not null check (provision in ('E', 'K', 'N')),
    start_date     date        not null,
    end_date       date        check (end_date > start_date),
    version        bigint      not null check (version >= 1),
    deleted        boolean     not null default false,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    updated_by     uuid,
    updated_device uuid,
    primary key (school_id, id),
    foreign key (school_id, pupil_id) references pupil (school_id, id)
);
-- One open provision per pupil; the closed ones are its history.
create unique index sen_provision_one_open on sen_provision (school_id, pupil_id) where end_date is null and not deleted;
create index sen_provision_by_pupil on sen_provision (school_id, pupil_id);

create table sen_need (
    school_id      uuid        not null references school (id),
    id             uuid        not null,
    pupil_id       uuid        not null,
    type           text        not null check (type in ('SPLD', 'MLD', 'SLD', 'PMLD', 'SLCN', 'ASD', 'SEMH',
                                                        'HI', 'VI', 'MSI', 'PD', 'OTH', 'NSA')),
    rank           smallint    not null check (rank in (1, 2)),
    start_date     date        not null,
    end_date       date        check (end_date > start_date),
    version        bigint      not null check (version >= 1),
    deleted        boolean     not null default false,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    updated_by     uuid,
    updated_device uuid,
    primary key (school_id, id),
    foreign key (school_id, pupil_id) references pupil (school_id, id)
);
create index sen_need_by_pupil on sen_need (school_id, pupil_id);

create table support_plan (
    school_id      uuid        not null references school (id),
    id             uuid        not null,
    pupil_id       uuid        not null,
    version        bigint      not null check (version >= 1),
    deleted        boolean     not null default false,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    updated_by     uuid,
    updated_device uuid,
    primary key (school_id, id),
    foreign key (school_id, pupil_id) references pupil (school_id, id)
);
create index support_plan_by_pupil on support_plan (school_id, pupil_id);

-- pupil_id is derived from the plan (not part of the JSON form), so scope needs no join.
create table plan_cycle (
    school_id      uuid        not null references school (id),
    id             uuid        not null,
    plan_id        uuid        not null,
    pupil_id       uuid        not null,
    start_date     date        not null,
    review_date    date        not null check (review_date > start_date),
    status         text        not null,
    version        bigint      not null check (version >= 1),
    deleted        boolean     not null default false,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    updated_by     uuid,
    updated_device uuid,
    primary key (school_id, id),
    foreign key (school_id, plan_id) references support_plan (school_id, id),
    foreign key (school_id, pupil_id) references pupil (school_id, id)
);
create index plan_cycle_by_plan on plan_cycle (school_id, plan_id);

create table plan_target (
    school_id      uuid        not null references school (id),
    id             uuid        not null,
    cycle_id       uuid        not null,
    pupil_id       uuid        not null,
    outcome        text        not null check (length(outcome) <= 1000),
    area_of_need   text        not null,
    measure        text        not null check (length(measure) <= 1000),
    baseline       text        check (length(baseline) <= 1000),
    goal           text        check (length(goal) <= 1000),
    review_date    date        not null,
    status         text        not null,
    version        bigint      not null check (version >= 1),
    deleted        boolean     not null default false,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    updated_by     uuid,
    updated_device uuid,
    primary key (school_id, id),
    foreign key (school_id, cycle_id) references plan_cycle (school_id, id),
    foreign key (school_id, pupil_id) references pupil (school_id, id)
);
create index plan_target_by_cycle on plan_target (school_id, cycle_id);

create table plan_strategy (
    school_id      uuid        not null references school (id),
    id             uuid        not null,
    pupil_id       uuid        not null,
    cycle_id       uuid        not null,
    text           text        not null check (length(text) <= 1000),
    who            text        not null check (length(who) <= 100),
    version        bigint      not null check (version >= 1),
    deleted        boolean     not null default false,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    updated_by     uuid,
    updated_device uuid,
    primary key (school_id, id),
    foreign key (school_id, cycle_id) references plan_cycle (school_id, id),
    foreign key (school_id, pupil_id) references pupil (school_id, id)
);
create index plan_strategy_by_cycle on plan_strategy (school_id, cycle_id);

-- progress and attendees are small lists always read with the review: jsonb in the codec's form.
create table plan_review (
    school_id          uuid        not null references school (id),
    id                 uuid        not null,
    cycle_id           uuid        not null,
    pupil_id           uuid        not null,
    date               date        not null,
    progress           jsonb       not null check (jsonb_typeof(progress) = 'array'),
    decisions          text        not null check (length(decisions) <= 4000),
    attendees          jsonb       not null check (jsonb_typeof(attendees) = 'array' and jsonb_array_length(attendees) >= 1),
    pupil_views        text        check (length(pupil_views) <= 2000),
    parent_carer_views text        check (length(parent_carer_views) <= 2000),
    version            bigint      not null check (version >= 1),
    deleted            boolean     not null default false,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    updated_by         uuid,
    updated_device     uuid,
    primary key (school_id, id),
    foreign key (school_id, cycle_id) references plan_cycle (school_id, id),
    foreign key (school_id, pupil_id) references pupil (school_id, id)
);
create index plan_review_by_cycle on plan_review (school_id, cycle_id);

create table ehc_plan (
    school_id                uuid        not null references school (id),
    id                       uuid        not null,
    pupil_id                 uuid        not null,
    issue_date               date        not null,
    last_annual_review_date  date        check (last_annual_review_date >= issue_date),
    next_review_meeting_date date        check (next_review_meeting_date > issue_date),
    invitation_sent_date     date        check (invitation_sent_date >= issue_date),
    local_authority          text        not null check (length(btrim(local_authority)) between 1 and 100),
    version                  bigint      not null check (version >= 1),
    deleted                  boolean     not null default false,
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now(),
    updated_by               uuid,
    updated_device           uuid,
    primary key (school_id, id),
    foreign key (school_id, pupil_id) references pupil (school_id, id)
);
create index ehc_plan_by_pupil on ehc_plan (school_id, pupil_id);

-- The assessment, schedule and costs of the JSON form are flattened into columns.
create table intervention (
    school_id                  uuid        not null references school (id),
    id                         uuid        not null,
    name                       text        not null check (length(btrim(name)) between 1 and 100),
    area_of_need               text        not null,
    intended_outcome           text        not null check (length(intended_outcome) <= 1000),
    assessment_name            text        not null,
    assessment_unit            text        not null,
    assessment_higher_is_better boolean    not null,
    lead_staff_ids             uuid[]      not null check (cardinality(lead_staff_ids) <= 5),
    schedule_days              text[]      not null,
    sessions_per_week          integer     not null check (sessions_per_week >= 1),
    minutes_per_session        integer     not null check (minutes_per_session >= 1),
    start_date                 date        not null,
    end_date                   date,
    weeks                      integer     check (weeks >= 1),
    start_time                 time,
    staff_hourly_cost_pence    bigint      not null check (staff_hourly_cost_pence >= 0),
    resources_cost_pence       bigint      not null check (resources_cost_pence >= 0),
    max_group_size             integer     not null check (max_group_size between 1 and 30),
    status                     text        not null check (status in ('planned', 'running', 'ended')),
    version                    bigint      not null check (version >= 1),
    deleted                    boolean     not null default false,
    created_at                 timestamptz not null default now(),
    updated_at                 timestamptz not null default now(),
    updated_by                 uuid,
    updated_device             uuid,
    primary key (school_id, id),
    check (status <> 'running' or cardinality(lead_staff_ids) >= 1)
);
-- "Which interventions does this teaching assistant run?": the TA's scope.
create index intervention_by_lead_staff on intervention using gin (lead_staff_ids);

create table group_membership (
    school_id       uuid        not null references school (id),
    id              uuid        not null,
    intervention_id uuid        not null,
    pupil_id        uuid        not null,
    joined_on       date        not null,
    left_on         date        check (left_on >= joined_on),
    entry_value     numeric,
    entry_taken_on  date,
    exit_value      numeric,
    exit_taken_on   date,
    version         bigint      not null check (version >= 1),
    deleted         boolean     not null default false,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    updated_by      uuid,
    updated_device  uuid,
    primary key (school_id, id),
    foreign key (school_id, intervention_id) references intervention (school_id, id),
    foreign key (school_id, pupil_id) references pupil (school_id, id),
    check ((entry_value is null) = (entry_taken_on is null)),
    check ((exit_value is null) = (exit_taken_on is null)),
    check (exit_value is null or (entry_value is not null and exit_taken_on >= entry_taken_on))
);
create index group_membership_by_intervention on group_membership (school_id, intervention_id) where not deleted;
create index group_membership_by_pupil on group_membership (school_id, pupil_id) where not deleted;

-- Insert-only. Attendance and ratings are jsonb arrays in the codec's form rather than child
-- tables: the log is written once and always read whole (pull, the SENCO's review), so one row
-- per session keeps a write to one insert and a read to one row; per-pupil questions use the GIN
-- index (attendance @> '[{"pupilId": "..."}]').
create table session_log (
    school_id       uuid        not null references school (id),
    id              uuid        not null,
    intervention_id uuid        not null,
    date            date        not null,
    start_time      time,
    minutes         integer     not null check (minutes between 1 and 300),
    delivered_by    uuid        not null,
    attendance      jsonb       not null check (jsonb_typeof(attendance) = 'array'
                                                and jsonb_array_length(attendance) between 1 and 40),
    ratings         jsonb       not null check (jsonb_typeof(ratings) = 'array' and jsonb_array_length(ratings) <= 400),
    notes           text        check (length(notes) <= 4000),
    concern_flagged boolean     not null,
    concern_text    text        check (length(concern_text) <= 2000),
    recorded_at     timestamptz not null,
    recorded_device uuid        not null,
    version         bigint      not null check (version >= 1),
    deleted         boolean     not null default false,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    updated_by      uuid,
    updated_device  uuid,
    primary key (school_id, id),
    foreign key (school_id, intervention_id) references intervention (school_id, id),
    check (concern_flagged = (concern_text is not null))
);
create index session_log_by_intervention on session_log (school_id, intervention_id, date);
create index session_log_attendance on session_log using gin (attendance jsonb_path_ops);

-- Insert-only. photo_sha256 repeats photos[].sha256 so a photo download can find the records
-- that refer to it.
create table observation (
    school_id       uuid        not null references school (id),
    id              uuid        not null,
    child_ids       uuid[]      not null check (cardinality(child_ids) between 1 and 100),
    text            text        check (length(text) <= 4000),
    photos          jsonb       not null check (jsonb_typeof(photos) = 'array' and jsonb_array_length(photos) <= 20),
    photo_sha256    text[]      not null,
    areas           text[]      not null,
    goals           text[]      not null,
    band            text,
    characteristics text[]      not null,
    next_steps      text        check (length(next_steps) <= 2000),
    observed_at     timestamptz not null,
    observed_by     uuid        not null,
    room            text        check (length(room) <= 100),
    version         bigint      not null check (version >= 1),
    deleted         boolean     not null default false,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    updated_by      uuid,
    updated_device  uuid,
    primary key (school_id, id),
    check (text is not null or jsonb_array_length(photos) >= 1)
);
create index observation_by_child on observation using gin (child_ids);
create index observation_by_photo on observation using gin (photo_sha256);

-- Insert-only.
create table contact_log (
    school_id      uuid        not null references school (id),
    id             uuid        not null,
    pupil_id       uuid        not null,
    date           date        not null,
    with_whom      text        not null,
    agency         text,
    agency_name    text        check (length(agency_name) <= 100),
    method         text        not null,
    summary        text        not null check (length(btrim(summary)) between 1 and 4000),
    follow_up_date date        check (follow_up_date >= date),
    recorded_by    uuid        not null,
    version        bigint      not null check (version >= 1),
    deleted        boolean     not null default false,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    updated_by     uuid,
    updated_device uuid,
    primary key (school_id, id),
    foreign key (school_id, pupil_id) references pupil (school_id, id),
    check ((with_whom = 'agency') = (agency is not null))
);
create index contact_log_by_pupil on contact_log (school_id, pupil_id, date);

-- Photo metadata: one row per school per complete photo, written when its uploaded bytes hashed
-- right (the bytes live on disk, content-addressed). Per school, so the same bytes at two schools
-- are two photos. Records refer to a photo by sha256 (observation.photos).
create table photo (
    school_id      uuid        not null references school (id),
    sha256         text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes     bigint      not null check (size_bytes between 1 and 15728640),
    media_type     text        not null check (media_type in ('image/jpeg', 'image/png', 'image/webp')),
    version        bigint      not null check (version >= 1),
    deleted        boolean     not null default false,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    updated_by     uuid,
    updated_device uuid,
    primary key (school_id, sha256)
);
