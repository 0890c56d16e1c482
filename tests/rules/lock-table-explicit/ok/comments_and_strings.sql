-- LOCK TABLE orders;
/* LOCK TABLE orders IN ACCESS EXCLUSIVE MODE; /* nested */ still a comment */
COMMENT ON TABLE orders IS 'Run LOCK TABLE orders IN SHARE MODE before a manual bulk load.';
INSERT INTO runbook_notes (body) VALUES ($note$LOCK TABLE customers IN EXCLUSIVE MODE$note$);
