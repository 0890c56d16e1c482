CREATE TABLE loyalty_cards (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  bigint NOT NULL,
    number       text NOT NULL
);
ALTER TABLE loyalty_cards ADD CONSTRAINT loyalty_cards_customer_id_fkey
    FOREIGN KEY (customer_id) REFERENCES customers (id);
CREATE UNIQUE INDEX loyalty_cards_customer_id_key ON loyalty_cards (customer_id);
