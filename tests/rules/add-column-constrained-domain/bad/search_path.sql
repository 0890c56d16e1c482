SET search_path TO app, public;
CREATE DOMAIN slug AS text CHECK (VALUE ~ '^[a-z0-9-]+$');
ALTER TABLE "Products" ADD COLUMN "Slug" slug;
