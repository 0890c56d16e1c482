-- pgmig:no-transaction
ALTER TABLE orders ADD COLUMN region text;
DO $$
DECLARE n bigint;
BEGIN
    LOOP
        UPDATE orders SET region = 'eu'
         WHERE ctid = ANY (ARRAY(SELECT ctid FROM orders WHERE region IS NULL LIMIT 10000));
        GET DIAGNOSTICS n = ROW_COUNT;
        EXIT WHEN n = 0;
        COMMIT;
    END LOOP;
END
$$;
