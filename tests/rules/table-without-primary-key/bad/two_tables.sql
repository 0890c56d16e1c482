-- expect: 2
CREATE TABLE order_tags (order_id bigint NOT NULL REFERENCES orders (id), tag text NOT NULL);
CREATE TABLE customer_tags (customer_id bigint NOT NULL REFERENCES customers (id), tag text NOT NULL);
