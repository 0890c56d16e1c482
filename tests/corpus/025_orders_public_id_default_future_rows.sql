-- corpus-expect: none
-- Step 1 of the volatile-default pattern: nullable column, default for future rows only.
ALTER TABLE orders ADD COLUMN public_id uuid;
ALTER TABLE orders ALTER COLUMN public_id SET DEFAULT gen_random_uuid();
