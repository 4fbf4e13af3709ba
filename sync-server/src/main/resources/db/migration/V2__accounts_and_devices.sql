-- Who may do what: staff accounts, the tablets enrolled to a school, and the tokens that prove both.
-- Secrets (passwords, PINs, tokens, enrolment codes) are stored only as hashes.

-- A per-school clock: every writing transaction of a school takes the next value first, which
-- serialises that school's writers so versions become visible in commit order (docs/architecture.md).
create table school_clock (
    school_id uuid   primary key references school (id),
    version   bigint not null default 0
);

create table staff (
    id              uuid        primary key,
    school_id       uuid        not null references school (id),
    display_name    text        not null check (length(btrim(display_name)) between 1 and 100),
    email           text        not null check (length(email) between 3 and 254),
    roles           text[]      not null check (cardinality(roles) >= 1),
    -- The classes or nursery rooms this person works with: a teacher's class, a practitioner's room.
    classes         text[]      not null default '{}',
    -- Argon2id (password4j); null while the account has no console password.
    password_hash   text,
    -- Argon2id of the 4-6 digit PIN used on shared tablets; null until set.
    pin_hash        text,
    failed_sign_ins integer     not null default 0,
    locked_until    timestamptz,
    failed_pins     integer     not null default 0,
    pin_locked_until timestamptz,
    active          boolean     not null default true,
    version         bigint      not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create unique index staff_email_per_school on staff (school_id, lower(email));

create table device (
    id            uuid        primary key,
    school_id     uuid        not null references school (id),
    name          text        not null check (length(btrim(name)) between 1 and 60),
    platform      text        not null,
    app_version   text,
    token_hash    bytea       not null unique,
    enrolled_at   timestamptz not null default now(),
    enrolled_by   uuid        references staff (id),
    last_seen_at  timestamptz,
    last_sync_at  timestamptz,
    revoked_at    timestamptz,
    revoked_by    uuid        references staff (id)
);
create index device_by_school on device (school_id, enrolled_at);

create table enrolment_code (
    code_hash   bytea       primary key,
    school_id   uuid        not null references school (id),
    created_by  uuid        not null references staff (id),
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz,
    device_id   uuid        references device (id)
);
create index enrolment_code_by_school on enrolment_code (school_id, created_at);

-- A signed-in person: a console session (device_id null) or a PIN session on an enrolled tablet.
create table staff_session (
    token_hash   bytea       primary key,
    school_id    uuid        not null references school (id),
    staff_id     uuid        not null references staff (id),
    device_id    uuid        references device (id),
    kind         text        not null check (kind in ('console', 'device')),
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    last_seen_at timestamptz not null default now(),
    ended_at     timestamptz
);
create index staff_session_by_staff on staff_session (school_id, staff_id);
create index staff_session_by_device on staff_session (device_id);
