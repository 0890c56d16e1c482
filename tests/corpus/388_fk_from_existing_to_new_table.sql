-- corpus-expect: add-foreign-key
-- The referenced table is new, but every existing order row is checked against it.
CREATE TABLE sales_channels (code text PRIMARY KEY);
INSERT INTO sales_channels VALUES ('web'), ('pos'), ('api');
ALTER TABLE orders ADD CONSTRAINT orders_channel_fkey FOREIGN KEY (channel) REFERENCES sales_channels (code);
