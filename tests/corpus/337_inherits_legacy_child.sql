-- corpus-expect: none
-- Legacy inheritance (not declarative partitioning): CREATE TABLE ... INHERITS does not take
-- ACCESS EXCLUSIVE on the parent.
CREATE TABLE audit_2027 (CHECK (at >= '2027-01-01' AND at < '2028-01-01')) INHERITS (audit_legacy);
CREATE INDEX audit_2027_at_idx ON audit_2027 (at);
