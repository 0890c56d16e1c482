-- corpus-expect: create-index-non-concurrently
CREATE INDEX ON "crm"."Contacts" USING btree ("companyId", "createdAt" DESC);
