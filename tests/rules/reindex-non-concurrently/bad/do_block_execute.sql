DO $$
BEGIN
    EXECUTE 'REINDEX INDEX app."OrdersArchive_CreatedAt_idx"';
END
$$;
