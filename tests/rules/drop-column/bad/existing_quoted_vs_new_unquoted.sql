-- customers (new, unquoted) is not "Customers" (existing).
CREATE TABLE customers (id bigint PRIMARY KEY, legacy_id integer);
ALTER TABLE "Customers" DROP COLUMN "LegacyId";
