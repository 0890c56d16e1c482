-- The parent is new, but the existing child "orders" is still scanned under the lock.
CREATE TABLE sales_channels (id integer PRIMARY KEY, name text NOT NULL);
INSERT INTO sales_channels VALUES (1, 'web');
ALTER TABLE orders ADD COLUMN channel_id integer NOT NULL DEFAULT 1;
ALTER TABLE orders ADD CONSTRAINT orders_channel_id_fkey FOREIGN KEY (channel_id) REFERENCES sales_channels (id);
