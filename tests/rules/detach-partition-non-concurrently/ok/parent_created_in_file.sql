CREATE TABLE audit_log (
    id bigint NOT NULL,
    action text,
    logged_at timestamptz NOT NULL
) PARTITION BY RANGE (logged_at);
CREATE TABLE audit_log_2026 PARTITION OF audit_log FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE audit_log_2027 PARTITION OF audit_log FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
-- The parent was created above; nobody else can see it yet.
ALTER TABLE audit_log DETACH PARTITION audit_log_2026;
