-- corpus-expect: none
-- pgmig:no-transaction
DO $$
DECLARE
    n integer;
BEGIN
    LOOP
        UPDATE users SET email_normalized = lower(email)
         WHERE id IN (SELECT id FROM users WHERE email_normalized IS NULL LIMIT 5000);
        GET DIAGNOSTICS n = ROW_COUNT;
        COMMIT;
        EXIT WHEN n = 0;
        PERFORM pg_sleep(0.1);
    END LOOP;
END
$$;
