CREATE PROCEDURE compact_audit_log() LANGUAGE plpgsql AS $$
BEGIN
    CLUSTER app."AuditLog" USING "AuditLog_pkey";
    ALTER TABLE app."AuditLog" SET LOGGED;
END
$$;
