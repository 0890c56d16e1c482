-- expect: 3
CREATE TABLE coupons (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code         text NOT NULL UNIQUE,
    customer_id  bigint REFERENCES customers (id),
    percent_off  integer NOT NULL CHECK (percent_off BETWEEN 1 AND 100)
);
