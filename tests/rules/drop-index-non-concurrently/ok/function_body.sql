CREATE FUNCTION drop_unused_index(index_name text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DROP INDEX orders_status_idx;
    EXECUTE format('DROP INDEX IF EXISTS %I', index_name);
END
$$;
