CREATE TABLE page_views (
    id bigint NOT NULL,
    path text,
    viewed_at timestamptz NOT NULL
) PARTITION BY RANGE (viewed_at);
-- The parent was created above: nobody else can be waiting on it.
CREATE TABLE page_views_2026 PARTITION OF page_views FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE page_views_2027 PARTITION OF page_views FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
CREATE TABLE page_views_default PARTITION OF page_views DEFAULT;
