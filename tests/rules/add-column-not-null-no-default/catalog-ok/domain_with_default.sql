-- app.order_status has DEFAULT 'new' in the catalog: existing rows get 'new'.
ALTER TABLE orders ADD COLUMN status app.order_status NOT NULL;
