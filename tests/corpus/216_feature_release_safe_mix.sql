-- corpus-expect: none
-- A typical feature migration: new table, nullable column on an existing table, FK NOT VALID, comments.
CREATE TABLE product_reviews (
    id bigserial PRIMARY KEY,
    product_id bigint NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    user_id bigint REFERENCES users (id) ON DELETE SET NULL,
    rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body text,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX product_reviews_product_id_idx ON product_reviews (product_id);
CREATE INDEX product_reviews_user_id_idx ON product_reviews (user_id);

ALTER TABLE products ADD COLUMN average_rating numeric(3, 2);
ALTER TABLE products ADD COLUMN review_count integer NOT NULL DEFAULT 0;
ALTER TABLE products ADD COLUMN featured_review_id bigint;
ALTER TABLE products ADD CONSTRAINT products_featured_review_fk
    FOREIGN KEY (featured_review_id) REFERENCES product_reviews (id) NOT VALID;

COMMENT ON TABLE product_reviews IS 'Customer reviews, one per order line at most';
