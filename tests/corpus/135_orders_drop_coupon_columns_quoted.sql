-- corpus-expect: drop-column
ALTER TABLE "Orders"
    DROP COLUMN IF EXISTS "couponCode" CASCADE,
    DROP "note",
    ADD COLUMN "internalNote" text;
