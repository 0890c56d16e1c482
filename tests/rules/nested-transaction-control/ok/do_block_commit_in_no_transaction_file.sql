-- pgmig:no-transaction
-- A DO block outside a transaction may COMMIT (PostgreSQL 11+).
DO $$
BEGIN
    UPDATE orders SET note = '' WHERE note IS NULL AND id < 1000;
    COMMIT;
    UPDATE orders SET note = '' WHERE note IS NULL;
END
$$;
