-- corpus-expect: none
-- pgmig:no-transaction
-- add_reference :orders, :store, index: {algorithm: :concurrently}, foreign_key: {validate: false}
ALTER TABLE "orders" ADD "store_id" bigint;
CREATE INDEX CONCURRENTLY "index_orders_on_store_id" ON "orders" ("store_id");
ALTER TABLE "orders" ADD CONSTRAINT "fk_rails_0f3c5d2d7e"
FOREIGN KEY ("store_id")
  REFERENCES "stores" ("id")
 NOT VALID;
