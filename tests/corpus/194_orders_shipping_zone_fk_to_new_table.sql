-- corpus-expect: none
CREATE TABLE shipping_zones (
    id bigserial PRIMARY KEY,
    name text NOT NULL UNIQUE
);
ALTER TABLE orders ADD COLUMN shipping_zone_id bigint REFERENCES shipping_zones (id);
