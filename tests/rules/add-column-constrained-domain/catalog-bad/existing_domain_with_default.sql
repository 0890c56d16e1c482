ALTER TABLE customers ADD COLUMN postal_code us_postal_code DEFAULT '00000';
