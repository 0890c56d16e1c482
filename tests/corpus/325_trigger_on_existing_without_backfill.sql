-- corpus-expect: none
CREATE OR REPLACE FUNCTION invoices_forbid_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'invoices are immutable; use a credit note';
END
$$;
CREATE TRIGGER invoices_forbid_delete BEFORE DELETE ON invoices
    FOR EACH ROW EXECUTE FUNCTION invoices_forbid_delete();
CREATE TRIGGER invoices_forbid_truncate BEFORE TRUNCATE ON invoices
    FOR EACH STATEMENT EXECUTE FUNCTION invoices_forbid_delete();
