-- corpus-expect: add-column-generated-stored
-- corpus-pg-version: 18
-- PG18 makes VIRTUAL the default, but this column asks for STORED explicitly.
ALTER TABLE articles ADD COLUMN word_count integer
    GENERATED ALWAYS AS (array_length(regexp_split_to_array(body, '\s+'), 1)) STORED;
