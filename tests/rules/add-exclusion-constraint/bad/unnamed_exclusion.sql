ALTER TABLE price_periods ADD EXCLUDE USING gist (product_id WITH =, valid WITH &&);
