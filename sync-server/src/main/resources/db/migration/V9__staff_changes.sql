-- Who changed a staff account, when and what: every add, edit, deactivation and PIN or password set,
-- from the staff API and the console alike. Staff rows are not register records, so record_history
-- does not hold them. Never a secret: a PIN or password change is recorded as the act alone.
create table staff_change (
    id         bigint      generated always as identity primary key,
    school_id  uuid        not null references school (id),
    staff_id   uuid        not null references staff (id),
    changed_by uuid        not null references staff (id),
    changed_at timestamptz not null,
    action     text        not null check (action in ('added', 'changed', 'deactivated', 'reactivated', 'pin_set',
                                                      'password_set')),
    -- [{"field": "roles", "from": "Teaching assistant", "to": "Teaching assistant, Teacher"}]; empty for secrets.
    changes    jsonb       not null check (jsonb_typeof(changes) = 'array')
);
create index staff_change_by_staff on staff_change (school_id, staff_id, changed_at desc);
