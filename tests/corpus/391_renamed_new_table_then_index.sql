-- corpus-expect: none
-- Created under a draft name and renamed in the same file: still a new table.
CREATE TABLE wishlist_items_draft (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL,
    product_id bigint NOT NULL
);
ALTER TABLE wishlist_items_draft RENAME TO wishlist_items;
CREATE INDEX wishlist_items_user_id_idx ON wishlist_items (user_id);
ALTER TABLE wishlist_items ADD CONSTRAINT wishlist_items_user_product_key UNIQUE (user_id, product_id);
