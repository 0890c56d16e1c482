-- corpus-expect: reindex-non-concurrently
-- pgmig:no-transaction
-- after the glibc upgrade
REINDEX DATABASE app_production;
