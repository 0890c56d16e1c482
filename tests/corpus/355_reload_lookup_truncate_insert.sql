-- corpus-expect: truncate-table, backfill-under-ddl-lock
TRUNCATE shipping_rates;
INSERT INTO shipping_rates (zone, max_grams, price_cents) VALUES
    ('eu', 1000, 499), ('eu', 5000, 899), ('world', 1000, 1499);
