ALTER TABLE "Customers" DROP COLUMN "LegacyId";
