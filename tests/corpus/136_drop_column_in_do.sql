-- corpus-expect: drop-column
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM information_schema.columns
               WHERE table_name = 'accounts' AND column_name = 'stripe_token') THEN
        EXECUTE 'ALTER TABLE accounts DROP COLUMN stripe_token';
    END IF;
END
$$;
