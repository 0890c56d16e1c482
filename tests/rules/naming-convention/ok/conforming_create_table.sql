CREATE TABLE coupons (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code         text NOT NULL CONSTRAINT unq_coupons_code UNIQUE,
    customer_id  bigint CONSTRAINT fk_coupons_customer_id REFERENCES customers (id),
    percent_off  integer NOT NULL,
    CONSTRAINT chk_coupons_percent_off CHECK (percent_off BETWEEN 1 AND 100)
);
CREATE INDEX idx_coupons_customer_id ON coupons (customer_id);
