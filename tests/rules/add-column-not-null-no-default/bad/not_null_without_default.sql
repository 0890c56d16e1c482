-- Every customer needs a country from now on.
ALTER TABLE customers ADD COLUMN country_code text NOT NULL;
