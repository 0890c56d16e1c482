CREATE SCHEMA "TenantScratch";
DROP SCHEMA "TenantScratch";
