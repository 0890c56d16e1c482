CREATE TABLE customer_profiles (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  bigint NOT NULL UNIQUE REFERENCES customers (id),
    bio          text
);
