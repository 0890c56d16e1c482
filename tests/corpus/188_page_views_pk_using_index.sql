-- corpus-expect: none
-- pgmig:no-transaction
-- Each statement autocommits; SET NOT NULL is proven by the validated CHECK (PG12+).
ALTER TABLE page_views ADD CONSTRAINT page_views_id_not_null CHECK (id IS NOT NULL) NOT VALID;
ALTER TABLE page_views VALIDATE CONSTRAINT page_views_id_not_null;
ALTER TABLE page_views ALTER COLUMN id SET NOT NULL;
ALTER TABLE page_views DROP CONSTRAINT page_views_id_not_null;
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS page_views_pkey ON page_views (id);
ALTER TABLE page_views ADD CONSTRAINT page_views_pkey PRIMARY KEY USING INDEX page_views_pkey;
