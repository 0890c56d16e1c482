-- Product descriptions.
--
-- A nullable column without a default is a catalog-only change: no rewrite of products, and
-- the ACCESS EXCLUSIVE lock is held for milliseconds.

ALTER TABLE products ADD COLUMN description text;

COMMENT ON COLUMN products.description IS 'Shown on the product page; Markdown.';
