CREATE TABLE import_staging (
    id       bigint PRIMARY KEY,
    payload  jsonb NOT NULL
);
INSERT INTO import_staging VALUES (1, '{}');
TRUNCATE import_staging;
