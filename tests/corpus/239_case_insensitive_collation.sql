-- corpus-expect: none
CREATE COLLATION IF NOT EXISTS case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE tag_names (
    id bigserial PRIMARY KEY,
    name text COLLATE case_insensitive NOT NULL UNIQUE
);
