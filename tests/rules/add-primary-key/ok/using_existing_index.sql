-- The index was built CONCURRENTLY by an earlier migration and tags.id is NOT NULL.
ALTER TABLE tags ADD CONSTRAINT tags_pkey PRIMARY KEY USING INDEX tags_pkey;
