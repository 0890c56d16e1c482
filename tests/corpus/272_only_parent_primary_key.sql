-- corpus-expect: add-primary-key
ALTER TABLE ONLY "shop"."OrderLines" ADD CONSTRAINT "OrderLines_pkey" PRIMARY KEY ("orderId", "lineNo");
