-- pgmig:no-transaction
ALTER DOMAIN positive_cents VALIDATE CONSTRAINT positive_cents_nonnegative;
