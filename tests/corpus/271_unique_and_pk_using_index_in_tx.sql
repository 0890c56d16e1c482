-- corpus-expect: none
-- The indexes were built CONCURRENTLY by the previous migration; attaching them is a catalog change.
ALTER TABLE users ADD CONSTRAINT users_username_key UNIQUE USING INDEX users_username_idx;
ALTER TABLE page_views ADD CONSTRAINT page_views_pkey PRIMARY KEY USING INDEX page_views_id_idx;
