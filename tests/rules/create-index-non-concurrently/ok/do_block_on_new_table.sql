DO $$
BEGIN
    CREATE TABLE audit_log (id bigint, at timestamptz);
    CREATE INDEX audit_log_at_idx ON audit_log (at);
    EXECUTE 'CREATE INDEX audit_log_id_idx ON audit_log (id)';
END
$$;
