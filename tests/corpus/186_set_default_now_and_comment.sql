-- corpus-expect: none
ALTER TABLE products ALTER COLUMN updated_at SET DEFAULT now();
ALTER TABLE products ALTER COLUMN slug SET DEFAULT '';
COMMENT ON COLUMN products.slug IS 'url-safe; filled by the app';
