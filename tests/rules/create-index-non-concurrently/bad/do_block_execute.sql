DO $do$
BEGIN
    EXECUTE 'CREATE INDEX orders_total_idx ON orders (total)';
END
$do$;
