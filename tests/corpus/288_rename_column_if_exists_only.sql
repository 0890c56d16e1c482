-- corpus-expect: rename-column
ALTER TABLE IF EXISTS ONLY "Customers" RENAME COLUMN "zipCode" TO "postalCode";
