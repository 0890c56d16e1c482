-- pgmig:no-transaction
TRUNCATE login_attempts;
