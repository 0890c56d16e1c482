DO $$
BEGIN
    EXECUTE 'DROP INDEX IF EXISTS app."OrdersArchive_CreatedAt_idx"';
END
$$;
