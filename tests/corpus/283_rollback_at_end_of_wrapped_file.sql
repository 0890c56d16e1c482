-- corpus-expect: nested-transaction-control
-- Left over from a dry run: ROLLBACK ends the runner's transaction.
ALTER TABLE users ADD COLUMN nickname text;
ROLLBACK;
