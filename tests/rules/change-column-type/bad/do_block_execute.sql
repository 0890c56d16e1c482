DO $$
BEGIN
    EXECUTE 'ALTER TABLE app."Products" ALTER COLUMN "Id" TYPE bigint';
END
$$;
