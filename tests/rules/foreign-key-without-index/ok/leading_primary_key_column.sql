CREATE TABLE order_lines (
    order_id  bigint NOT NULL REFERENCES orders (id),
    line_no   integer NOT NULL,
    sku       text NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
