-- corpus-expect: none
LOCK TABLE plans, plan_prices IN ROW SHARE MODE;
CREATE TABLE plan_prices_snapshot AS SELECT * FROM plan_prices;
