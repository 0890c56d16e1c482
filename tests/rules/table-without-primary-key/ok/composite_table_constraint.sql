CREATE TABLE order_tags (
    order_id  bigint NOT NULL REFERENCES orders (id),
    tag       text NOT NULL,
    CONSTRAINT order_tags_pkey PRIMARY KEY (order_id, tag)
);
