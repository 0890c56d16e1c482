-- corpus-expect: none
CREATE SCHEMA scratch_backfill;
CREATE TABLE scratch_backfill.ids AS SELECT id FROM users WHERE created_at > now() - interval '1 day';
DROP SCHEMA scratch_backfill CASCADE;
