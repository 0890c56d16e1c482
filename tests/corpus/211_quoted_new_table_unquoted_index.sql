-- corpus-expect: create-index-non-concurrently
-- "Invoices" (new, quoted) is not invoices (existing, unquoted folds to lower case).
CREATE TABLE "Invoices" (
    "id" bigserial PRIMARY KEY,
    "customerId" bigint NOT NULL
);
CREATE INDEX "Invoices_customerId_idx" ON "Invoices" ("customerId");
CREATE INDEX invoices_customer_id_idx ON invoices (customer_id);
