-- corpus-expect: lock-table-explicit
LOCK TABLE ONLY public.settings IN ACCESS EXCLUSIVE MODE NOWAIT;
ALTER TABLE settings ALTER COLUMN value SET DEFAULT '{}'::jsonb;
