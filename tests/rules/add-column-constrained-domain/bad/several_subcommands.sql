-- expect: 2
CREATE DOMAIN app.hex_color AS text CHECK (VALUE ~ '^#[0-9a-f]{6}$');
CREATE DOMAIN app.weight_grams AS integer CHECK (VALUE >= 0);
ALTER TABLE app."Products"
    ADD COLUMN "Color" app.hex_color,
    ADD COLUMN "Note" text,
    ADD COLUMN "Weight" app.weight_grams DEFAULT 0;
