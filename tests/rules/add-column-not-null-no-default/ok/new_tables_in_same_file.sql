CREATE TABLE app.payments (id bigserial PRIMARY KEY, order_id bigint NOT NULL);
ALTER TABLE app.payments ADD COLUMN provider text NOT NULL;

CREATE TABLE customers_backup AS SELECT * FROM customers WITH NO DATA;
ALTER TABLE customers_backup ADD COLUMN backed_up_by text NOT NULL;
