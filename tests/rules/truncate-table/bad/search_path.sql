SET search_path TO billing, public;
TRUNCATE invoice_lines;
