-- The safe way to empty a busy table: small batches.
DELETE FROM sessions
 WHERE ctid = ANY (ARRAY(SELECT ctid FROM sessions WHERE expires_at < now() LIMIT 10000));
