-- Stands for a migration that a newer server applied and this one does not know.
create table added_by_a_newer_server (id uuid primary key);
