-- Audit log: one row per inserted, updated or deleted row of an audited table.
--
-- audit_row_change() is generic: any table gets audited with
--   CREATE TRIGGER <table>_audit AFTER INSERT OR UPDATE OR DELETE ON <table>
--       FOR EACH ROW EXECUTE FUNCTION audit_row_change();
-- It is SECURITY DEFINER so that application roles need no privileges on audit_log (and so
-- cannot rewrite history); its search_path is pinned for the same reason.

CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_name text NOT NULL,
    operation text NOT NULL,
    old_row jsonb,
    new_row jsonb,
    changed_by text NOT NULL DEFAULT session_user,
    changed_at timestamptz NOT NULL DEFAULT now(),
    transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
    CONSTRAINT audit_log_operation_check CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
    CONSTRAINT audit_log_rows_match_operation CHECK (
        (operation = 'INSERT' AND old_row IS NULL AND new_row IS NOT NULL)
        OR (operation = 'UPDATE' AND old_row IS NOT NULL AND new_row IS NOT NULL)
        OR (operation = 'DELETE' AND old_row IS NOT NULL AND new_row IS NULL)
    )
);

-- "What happened to this table lately?"
CREATE INDEX audit_log_table_name_changed_at_idx ON audit_log (table_name, changed_at);

CREATE FUNCTION audit_row_change() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
BEGIN
    INSERT INTO audit_log (table_name, operation, old_row, new_row)
    VALUES (
        TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME,
        TG_OP,
        CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END,
        CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END
    );
    RETURN NULL;  -- AFTER ... FOR EACH ROW: the return value is ignored
END;
$$;

COMMENT ON TABLE audit_log IS 'Row changes of audited tables, written by audit_row_change().';
