-- corpus-expect: lock-table-explicit
DO $$
BEGIN
    LOCK TABLE inventory IN SHARE MODE;
    RAISE NOTICE 'inventory frozen for the stock check';
END
$$;
