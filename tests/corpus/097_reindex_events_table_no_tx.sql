-- corpus-expect: reindex-non-concurrently
-- pgmig:no-transaction
REINDEX TABLE "Events";
