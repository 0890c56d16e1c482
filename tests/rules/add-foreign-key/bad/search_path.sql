SET search_path TO app, public;
ALTER TABLE "Invoices" ADD FOREIGN KEY ("OrderId") REFERENCES orders (id) MATCH FULL;
