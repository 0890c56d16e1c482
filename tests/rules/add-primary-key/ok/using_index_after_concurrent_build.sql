-- pgmig:no-transaction
CREATE UNIQUE INDEX CONCURRENTLY memberships_pkey ON memberships (user_id, group_id);
ALTER TABLE memberships ADD CONSTRAINT memberships_pkey PRIMARY KEY USING INDEX memberships_pkey;
