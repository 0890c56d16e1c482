ALTER TABLE app."Invoices"
    ADD CONSTRAINT "Invoices_CustomerId_fkey" FOREIGN KEY ("CustomerId") REFERENCES public.customers (id);
