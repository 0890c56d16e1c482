CREATE TABLE app.devices (id uuid, name text NOT NULL);
ALTER TABLE app.devices ADD PRIMARY KEY (id);

CREATE TABLE page_views_2025 AS SELECT * FROM page_views WITH NO DATA;
ALTER TABLE page_views_2025 ADD COLUMN row_id bigserial PRIMARY KEY;
