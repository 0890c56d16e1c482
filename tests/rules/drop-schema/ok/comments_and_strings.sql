-- DROP SCHEMA legacy CASCADE;  (by hand, after the backup)
COMMENT ON SCHEMA legacy IS 'DROP SCHEMA legacy CASCADE after 2026.05';
INSERT INTO maintenance_tasks (command) VALUES ('DROP SCHEMA legacy CASCADE'), ($c$DROP DATABASE analytics$c$);
