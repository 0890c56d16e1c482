-- corpus-expect: add-column-constrained-domain
CREATE DOMAIN app.percentage AS numeric(5, 2)
    CONSTRAINT percentage_range CHECK (VALUE >= 0 AND VALUE <= 100);

ALTER TABLE app.discounts ADD COLUMN rate app.percentage DEFAULT 0;
