-- corpus-expect: none
CREATE SCHEMA IF NOT EXISTS archive;
ALTER TABLE public.login_events SET SCHEMA archive;
CREATE VIEW public.login_events AS SELECT * FROM archive.login_events;
