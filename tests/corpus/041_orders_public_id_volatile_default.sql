-- corpus-expect: add-column-default-rewrite
-- gen_random_uuid() is VOLATILE: every existing row gets its own value, i.e. a full rewrite.
ALTER TABLE orders ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();
CREATE TABLE order_exports (
    id bigserial PRIMARY KEY,
    order_public_id uuid NOT NULL,
    exported_at timestamptz NOT NULL DEFAULT now()
);
