DO $$
BEGIN
    EXECUTE 'ALTER TABLE page_views ADD CONSTRAINT page_views_pkey PRIMARY KEY (id)';
END
$$;
