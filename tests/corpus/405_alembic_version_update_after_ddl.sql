-- corpus-expect: backfill-under-ddl-lock
-- Alembic offline SQL: the version bump is an UPDATE on an existing table, after the ALTER.
ALTER TABLE orders ADD COLUMN source VARCHAR(32);
UPDATE alembic_version SET version_num='6c7d8e9f0a1b' WHERE alembic_version.version_num = '5b6c7d8e9f0a';
