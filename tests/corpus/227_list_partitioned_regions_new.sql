-- corpus-expect: none
CREATE TABLE regional_prices (
    product_id bigint NOT NULL,
    region text NOT NULL,
    price_cents bigint NOT NULL,
    PRIMARY KEY (product_id, region)
) PARTITION BY LIST (region);
CREATE TABLE regional_prices_eu PARTITION OF regional_prices FOR VALUES IN ('eu');
CREATE TABLE regional_prices_us PARTITION OF regional_prices FOR VALUES IN ('us');
CREATE TABLE regional_prices_other PARTITION OF regional_prices DEFAULT;
