-- corpus-expect: none
CREATE DOMAIN hex_color AS text;
ALTER DOMAIN hex_color ADD CONSTRAINT hex_color_format CHECK (VALUE ~ '^#[0-9a-f]{6}$');
CREATE TABLE themes (id serial PRIMARY KEY, primary_color hex_color NOT NULL);
