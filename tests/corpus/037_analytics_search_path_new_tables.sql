-- corpus-expect: none
CREATE SCHEMA analytics;
SET search_path TO analytics, public;

CREATE TABLE page_views (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    path text NOT NULL,
    viewed_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX page_views_path_idx ON page_views (path);
CREATE INDEX page_views_viewed_at_idx ON analytics.page_views (viewed_at);
