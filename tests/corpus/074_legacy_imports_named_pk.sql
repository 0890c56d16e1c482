-- corpus-expect: add-primary-key
ALTER TABLE "legacy"."Imports" ADD CONSTRAINT "Imports_pkey" PRIMARY KEY ("importId");
