CREATE FUNCTION lock_orders_for_reconciliation() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE orders IN EXCLUSIVE MODE;
END
$$;
