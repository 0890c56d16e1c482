CREATE FUNCTION widen_order_ids() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
    ALTER TABLE orders ALTER COLUMN id TYPE bigint;
END
$fn$;
