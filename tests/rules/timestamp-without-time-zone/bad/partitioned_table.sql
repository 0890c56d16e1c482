CREATE TABLE page_views (
    path       text NOT NULL,
    viewed_at  timestamp NOT NULL
) PARTITION BY RANGE (viewed_at);
