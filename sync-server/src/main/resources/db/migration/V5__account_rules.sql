-- Account rules that V2 left open.

-- The protocol allows device names of up to 80 characters (EnrolRequest.deviceName).
alter table device drop constraint device_name_check;
alter table device add constraint device_name_check check (length(btrim(name)) between 1 and 80);

-- Only the roles the server knows, so an account can never hold a role that grants nothing visible.
alter table staff add constraint staff_roles_known check (
    roles <@ array['senco', 'teaching_assistant', 'early_years_practitioner', 'teacher', 'admin']::text[]);

-- Password sign-in finds an account by address alone (one person may hold accounts at several schools,
-- so this is not unique); it is the only lookup that does not start from a school.
create index staff_by_email on staff (lower(email));
