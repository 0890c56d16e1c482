-- corpus-expect: none
ALTER TABLE products OWNER TO app_owner;
ALTER TABLE products ALTER COLUMN currency SET DEFAULT 'EUR', ALTER COLUMN vat_rate DROP DEFAULT;
ALTER SEQUENCE products_id_seq OWNER TO app_owner;
