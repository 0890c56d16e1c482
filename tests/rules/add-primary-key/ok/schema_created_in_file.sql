CREATE SCHEMA analytics;
CREATE TABLE analytics.daily_views (day date NOT NULL, url text NOT NULL, views bigint NOT NULL);
ALTER TABLE analytics.daily_views ADD CONSTRAINT daily_views_pkey PRIMARY KEY (day, url);
