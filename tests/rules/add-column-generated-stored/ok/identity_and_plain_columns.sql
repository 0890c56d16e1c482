-- Not a generated expression column (identity is another rule); plain columns named like keywords.
ALTER TABLE products
    ADD COLUMN stored boolean DEFAULT false,
    ADD COLUMN generated_at timestamptz DEFAULT now(),
    ADD COLUMN generated text;
