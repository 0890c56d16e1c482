-- pgmig:no-transaction
ALTER TABLE app."Invoices" ADD CONSTRAINT invoices_order_fk FOREIGN KEY ("OrderId") REFERENCES orders;
