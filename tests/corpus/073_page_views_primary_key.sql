-- corpus-expect: add-primary-key
ALTER TABLE page_views ADD PRIMARY KEY (id);
