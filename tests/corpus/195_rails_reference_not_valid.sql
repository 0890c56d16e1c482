-- corpus-expect: none
ALTER TABLE "orders" ADD "affiliate_id" bigint;
ALTER TABLE "orders" ADD CONSTRAINT "fk_rails_7a22cf8b0e"
FOREIGN KEY ("affiliate_id")
  REFERENCES "affiliates" ("id")
 NOT VALID;
