-- corpus-expect: none
CREATE TABLE IF NOT EXISTS "Carts" ("id"   SERIAL , "userId" INTEGER REFERENCES "Users" ("id") ON DELETE SET NULL ON UPDATE CASCADE, "status" VARCHAR(255) NOT NULL DEFAULT 'open', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "CartItems" ("id"   SERIAL , "cartId" INTEGER NOT NULL REFERENCES "Carts" ("id") ON DELETE CASCADE ON UPDATE CASCADE, "productId" INTEGER NOT NULL, "quantity" INTEGER NOT NULL DEFAULT 1, PRIMARY KEY ("id"));
CREATE INDEX "cart_items_cart_id" ON "CartItems" ("cartId");
CREATE UNIQUE INDEX "cart_items_cart_id_product_id" ON "CartItems" ("cartId", "productId");
