ALTER TABLE order_statuses ADD COLUMN label text;
INSERT INTO order_statuses (code, label) VALUES ('refunded', 'Refunded');
