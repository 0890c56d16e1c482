-- corpus-expect: none
ALTER TABLE products
    ADD COLUMN sort_key text COLLATE "C" DEFAULT '',
    ADD COLUMN origin_country char(2) DEFAULT 'DE'::bpchar,
    ADD COLUMN weight_grams numeric DEFAULT '0'::numeric,
    ADD COLUMN code text DEFAULT lower('SKU-') || 'new';
