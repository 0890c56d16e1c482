-- corpus-expect: create-index-non-concurrently
SET search_path TO app;
CREATE TABLE orders (id bigserial PRIMARY KEY, reference text NOT NULL);
RESET search_path;
-- back on public: this is the existing public.orders
CREATE INDEX orders_reference_idx ON orders (reference);
