-- pgmig:no-transaction
-- LOCK TABLE outside a transaction block is an error on the server, whatever the mode.
LOCK TABLE app_settings IN ROW EXCLUSIVE MODE;
