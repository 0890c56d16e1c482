-- corpus-expect: detach-partition-non-concurrently
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_class WHERE relname = 'audit_log_2022') THEN
        ALTER TABLE audit_log DETACH PARTITION audit_log_2022;
    END IF;
END
$$;
