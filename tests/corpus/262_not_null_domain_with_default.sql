-- corpus-expect: add-column-constrained-domain
CREATE DOMAIN iso_currency AS char(3) NOT NULL DEFAULT 'EUR';
ALTER TABLE price_lists ADD COLUMN currency iso_currency;
