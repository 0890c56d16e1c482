-- corpus-expect: drop-column
DO LANGUAGE plpgsql $$
BEGIN
    ALTER TABLE "Users" DROP COLUMN IF EXISTS "legacyPasswordSalt";
END
$$;
