-- pgmig:no-transaction
VACUUM (FULL, ANALYZE, VERBOSE) app."AuditLog";
