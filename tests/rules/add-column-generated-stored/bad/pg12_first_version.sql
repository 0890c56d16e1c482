-- pg-version: 12
ALTER TABLE app.articles ADD COLUMN title_length integer GENERATED ALWAYS AS (length(title)) STORED;
