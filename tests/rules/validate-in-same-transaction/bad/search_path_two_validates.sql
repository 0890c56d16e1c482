-- expect: 2
SET search_path TO app, public;
ALTER TABLE "Payments" ADD CONSTRAINT payments_amount_positive CHECK ("Amount" > 0) NOT VALID;
ALTER TABLE "Payments" VALIDATE CONSTRAINT payments_amount_positive;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_non_negative;
