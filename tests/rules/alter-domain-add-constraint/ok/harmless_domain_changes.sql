-- Dropping constraints, defaults and renames are catalog-only changes.
ALTER DOMAIN positive_cents DROP CONSTRAINT positive_cents_nonnegative;
ALTER DOMAIN order_ref DROP NOT NULL;
ALTER DOMAIN order_ref SET DEFAULT 'n/a';
ALTER DOMAIN "Percent" RENAME TO percent;
