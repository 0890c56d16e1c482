-- corpus-expect: add-column-not-null-no-default
ALTER TABLE customers ADD COLUMN country_code char(2) NOT NULL;
CREATE TABLE customer_addresses (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    line1 text NOT NULL,
    country_code char(2) NOT NULL
);
