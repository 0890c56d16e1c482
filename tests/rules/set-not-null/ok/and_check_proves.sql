-- pgmig:no-transaction
-- "x IS NOT NULL AND ..." proves x IS NOT NULL (verified on PG15).
ALTER TABLE "Accounts" ADD CONSTRAINT "Accounts_PlanCode_valid"
    CHECK ("PlanCode" IS NOT NULL AND "PlanCode" <> '') NOT VALID;
ALTER TABLE "Accounts" VALIDATE CONSTRAINT "Accounts_PlanCode_valid";
ALTER TABLE "Accounts" ALTER COLUMN "PlanCode" SET NOT NULL;
