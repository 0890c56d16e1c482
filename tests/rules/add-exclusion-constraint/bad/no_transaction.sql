-- pgmig:no-transaction
ALTER TABLE price_periods ADD CONSTRAINT price_periods_excl EXCLUDE USING gist (product_id WITH =, valid WITH &&);
