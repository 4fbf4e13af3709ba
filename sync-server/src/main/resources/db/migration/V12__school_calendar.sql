-- The school's term dates and closures (half-terms, INSET days, bank holidays), entered by the SENCO
-- or an admin. Planned intervention sessions fall only on open days, so "planned but not delivered"
-- and attendance rates do not count a half-term week as missed. Server-side only for now: tablets
-- plan their week from the schedule alone.
create table school_date_range (
    school_id  uuid not null references school (id),
    id         uuid not null,
    kind       text not null check (kind in ('term', 'closure')),
    label      text not null check (length(btrim(label)) between 1 and 80),
    starts_on  date not null,
    ends_on    date not null,
    check (ends_on >= starts_on),
    primary key (school_id, id)
);

create index school_date_range_by_start on school_date_range (school_id, starts_on);
