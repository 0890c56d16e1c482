LOCK TABLE "Accounts" IN SHARE MODE;
UPDATE "Accounts" SET "Plan" = 'starter' WHERE "Plan" = 'free';
