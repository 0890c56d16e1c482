ALTER TABLE app."Payments" ADD COLUMN "OrderId" bigint;
ALTER TABLE app."Payments" ADD CONSTRAINT "Payments_OrderId_fkey"
    FOREIGN KEY ("OrderId") REFERENCES public.orders (id) NOT VALID;
ALTER TABLE app."Payments" VALIDATE CONSTRAINT "Payments_OrderId_fkey";
