SET search_path TO billing, public;
ALTER TABLE invoices ALTER COLUMN total_cents SET NOT NULL;
