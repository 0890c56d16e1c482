CREATE TABLE price_periods_v2 AS SELECT * FROM price_periods;
ALTER TABLE price_periods_v2 ADD EXCLUDE USING gist (product_id WITH =, valid WITH &&);
