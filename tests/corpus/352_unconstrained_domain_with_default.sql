-- corpus-expect: none
CREATE DOMAIN money_cents AS bigint DEFAULT 0;
ALTER TABLE carts ADD COLUMN discount money_cents;
