-- PostgreSQL names it orders_created_at_idx, which does not follow idx_<table>_<columns>.
CREATE INDEX ON orders (created_at);
