-- corpus-expect: none
-- pgmig:no-transaction
BEGIN;
CREATE TABLE promo_codes (
    id bigserial PRIMARY KEY,
    code text NOT NULL,
    percent_off smallint NOT NULL CHECK (percent_off BETWEEN 1 AND 100)
);
INSERT INTO promo_codes (code, percent_off) VALUES ('WELCOME10', 10);
COMMIT;
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS orders_promo_code_idx ON orders (promo_code) WHERE promo_code IS NOT NULL;
