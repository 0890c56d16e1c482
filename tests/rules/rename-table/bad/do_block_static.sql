DO $$
BEGIN
    IF to_regclass('public.legacy_exports') IS NOT NULL THEN
        ALTER TABLE legacy_exports RENAME TO exports;
    END IF;
END
$$;
