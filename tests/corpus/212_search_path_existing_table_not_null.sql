-- corpus-expect: add-column-not-null-no-default
-- search_path points at app, whose orders table already exists.
SET search_path TO app, public;
CREATE TABLE order_tags (order_id bigint NOT NULL, tag text NOT NULL);
ALTER TABLE orders ADD COLUMN channel text NOT NULL;
