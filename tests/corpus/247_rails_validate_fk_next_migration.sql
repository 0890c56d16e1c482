-- corpus-expect: none
ALTER TABLE "orders" VALIDATE CONSTRAINT "fk_rails_0f3c5d2d7e";
