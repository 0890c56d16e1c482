-- corpus-expect: none
-- pgmig:no-transaction
VACUUM (FULL false, ANALYZE true) orders;
VACUUM (FREEZE) audit_entries;
