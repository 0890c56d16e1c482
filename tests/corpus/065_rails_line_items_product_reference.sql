-- corpus-expect: add-foreign-key, create-index-non-concurrently
ALTER TABLE "line_items" ADD "product_id" bigint;
CREATE INDEX "index_line_items_on_product_id" ON "line_items" ("product_id");
ALTER TABLE "line_items" ADD CONSTRAINT "fk_rails_11e15d5c6b"
FOREIGN KEY ("product_id")
  REFERENCES "products" ("id")
;
