DO $$
BEGIN
    IF (SELECT data_type FROM information_schema.columns
        WHERE table_name = 'customers' AND column_name = 'tier') = 'integer' THEN
        ALTER TABLE customers ALTER COLUMN tier TYPE bigint;
    END IF;
END
$$;
