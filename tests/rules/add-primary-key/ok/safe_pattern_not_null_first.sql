-- Step 1 of the safe path: a NOT VALID CHECK that proves id IS NOT NULL once validated.
ALTER TABLE page_views ADD CONSTRAINT page_views_id_not_null CHECK (id IS NOT NULL) NOT VALID;
