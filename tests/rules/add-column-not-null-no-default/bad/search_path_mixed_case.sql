SET search_path = app, public;
ALTER TABLE "Accounts" ADD COLUMN "BillingEmail" TEXT NOT NULL;
