CREATE UNLOGGED TABLE IF NOT EXISTS page_views (
    path       text NOT NULL,
    viewed_at  timestamptz NOT NULL DEFAULT now()
);
