-- corpus-expect: add-unique-constraint
ALTER TABLE "Accounts" ADD COLUMN "externalId" text UNIQUE;
