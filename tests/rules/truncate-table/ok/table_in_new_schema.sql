-- scratch.sessions is new; public.sessions is not touched.
CREATE SCHEMA scratch;
CREATE TABLE scratch.sessions (LIKE public.sessions);
TRUNCATE scratch.sessions;
