-- corpus-expect: backfill-under-ddl-lock
-- CREATE POLICY takes ACCESS EXCLUSIVE on documents (verified PG15), held during the UPDATE.
CREATE POLICY documents_owner_only ON documents FOR UPDATE USING (owner_id = current_setting('app.user_id')::bigint);
WITH stale AS (SELECT id FROM documents WHERE owner_id IS NULL)
UPDATE documents d SET owner_id = 0 FROM stale WHERE d.id = stale.id;
