-- audit_log has a DEFAULT partition: ATTACH takes ACCESS EXCLUSIVE on audit_log_default
-- and scans it to prove no row belongs to the new partition (verified on PG15).
CREATE TABLE audit_log_2027 (LIKE audit_log INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE audit_log ATTACH PARTITION audit_log_2027 FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
