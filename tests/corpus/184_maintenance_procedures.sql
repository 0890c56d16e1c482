-- corpus-expect: none
-- Procedures run later from a job, not at migration time.
CREATE OR REPLACE PROCEDURE archive_old_orders(batch_size integer DEFAULT 5000)
LANGUAGE plpgsql AS $$
DECLARE
    moved integer;
BEGIN
    LOOP
        WITH moved_rows AS (
            DELETE FROM orders WHERE id IN (
                SELECT id FROM orders WHERE placed_at < now() - interval '7 years' LIMIT batch_size)
            RETURNING *)
        INSERT INTO archived_orders SELECT * FROM moved_rows;
        GET DIAGNOSTICS moved = ROW_COUNT;
        COMMIT;
        EXIT WHEN moved = 0;
    END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION rebuild_search_index() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE 'REINDEX TABLE search_documents';
    EXECUTE 'ALTER TABLE search_documents SET LOGGED';
    LOCK TABLE search_documents IN ACCESS EXCLUSIVE MODE;
    TRUNCATE search_documents_staging;
END
$$;
