CLUSTER "AuditLog_pkey" ON app."AuditLog";
