-- pgmig:no-transaction
CREATE TABLE IF NOT EXISTS audit_log_2027 PARTITION OF audit_log
    FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
