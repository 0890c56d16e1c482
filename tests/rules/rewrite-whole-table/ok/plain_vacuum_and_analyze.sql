-- pgmig:no-transaction
-- Plain VACUUM and ANALYZE do not rewrite and do not block reads or writes.
VACUUM orders;
VACUUM (ANALYZE, VERBOSE) app."AuditLog";
VACUUM (FULL false) orders;
ANALYZE orders;
