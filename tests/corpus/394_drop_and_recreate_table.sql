-- corpus-expect: drop-table
-- The old table is dropped; the table created afterwards under the same name is new.
DROP TABLE IF EXISTS search_synonyms;
CREATE TABLE search_synonyms (term text PRIMARY KEY, synonyms text[] NOT NULL);
CREATE INDEX search_synonyms_synonyms_idx ON search_synonyms USING gin (synonyms);
INSERT INTO search_synonyms VALUES ('tee', ARRAY['t-shirt', 'tshirt']);
