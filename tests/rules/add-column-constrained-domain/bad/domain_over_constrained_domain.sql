CREATE DOMAIN app.positive_money AS numeric(12, 2) CHECK (VALUE > 0);
CREATE DOMAIN app.price AS app.positive_money;
ALTER TABLE orders ADD COLUMN unit_price app.price;
