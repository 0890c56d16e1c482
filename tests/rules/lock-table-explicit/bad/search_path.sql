SET search_path TO billing, public;
LOCK TABLE invoices IN SHARE MODE;
