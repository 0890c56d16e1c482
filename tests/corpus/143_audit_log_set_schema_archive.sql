-- corpus-expect: rename-table
CREATE SCHEMA IF NOT EXISTS archive;
ALTER TABLE public.audit_log SET SCHEMA archive;
