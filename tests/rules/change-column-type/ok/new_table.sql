CREATE TABLE coupons (
    id integer PRIMARY KEY,
    code varchar(20),
    discount numeric(5, 2)
);
-- Changed our mind in the same migration: the table is new, nobody can see it yet.
ALTER TABLE coupons ALTER COLUMN id TYPE bigint;
ALTER TABLE coupons ALTER COLUMN code TYPE text, ALTER COLUMN discount TYPE numeric(6, 3);
