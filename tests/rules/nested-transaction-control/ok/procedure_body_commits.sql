-- Bodies of procedures do not run at migration time.
CREATE PROCEDURE backfill_notes() LANGUAGE plpgsql AS $$
BEGIN
    UPDATE orders SET note = '' WHERE note IS NULL;
    COMMIT;
END
$$;
