-- corpus-expect: none
-- The app stopped reading users.legacy_role in release 41 (ignored_columns); dropping it now is agreed.
-- pgmig:ignore drop-column stopped reading legacy_role in release 41
ALTER TABLE users DROP COLUMN legacy_role;
