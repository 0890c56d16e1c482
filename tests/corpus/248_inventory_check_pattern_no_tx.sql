-- corpus-expect: none
-- pgmig:no-transaction
ALTER TABLE inventory ADD CONSTRAINT inventory_sku_not_null CHECK (sku IS NOT NULL) NOT VALID;
ALTER TABLE inventory VALIDATE CONSTRAINT inventory_sku_not_null;
BEGIN;
ALTER TABLE inventory ALTER COLUMN sku SET NOT NULL;
ALTER TABLE inventory DROP CONSTRAINT inventory_sku_not_null;
COMMIT;
