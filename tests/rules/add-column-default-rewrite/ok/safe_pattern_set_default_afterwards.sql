-- The safe split: add the column without a default (metadata only), then set the volatile
-- default for new rows only; existing rows are backfilled in batches by a later migration.
ALTER TABLE orders ADD COLUMN public_id uuid;
ALTER TABLE orders ALTER COLUMN public_id SET DEFAULT gen_random_uuid();
