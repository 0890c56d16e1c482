-- corpus-expect: truncate-table
-- Truncate-and-refill is truncate-table's case: it names the refill and advises a transactional
-- DELETE; backfill-under-ddl-lock's advice (commit the lock first) would expose an empty table.
TRUNCATE shipping_rates;
INSERT INTO shipping_rates (zone, max_grams, price_cents) VALUES
    ('eu', 1000, 499), ('eu', 5000, 899), ('world', 1000, 1499);
