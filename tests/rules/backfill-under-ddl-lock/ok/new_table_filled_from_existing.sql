CREATE TABLE order_tags (
    order_id  bigint NOT NULL,
    tag       text NOT NULL,
    PRIMARY KEY (order_id, tag)
);
CREATE INDEX order_tags_tag_idx ON order_tags (tag);
INSERT INTO order_tags (order_id, tag) SELECT id, 'legacy' FROM orders;
