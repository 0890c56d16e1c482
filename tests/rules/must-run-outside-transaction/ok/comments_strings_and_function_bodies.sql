-- CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);
/* VACUUM orders; */
SELECT 'VACUUM orders' AS a, $x$CREATE INDEX CONCURRENTLY i ON orders (total)$x$ AS b;
CREATE FUNCTION nightly_maintenance() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE 'VACUUM orders';
END
$$;
CREATE TABLE vacuum_runs (id bigint, concurrently_built boolean);
