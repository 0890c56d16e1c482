CREATE TABLE export_scratch (
    id       bigint PRIMARY KEY,
    payload  text
);
INSERT INTO export_scratch SELECT id, payload FROM legacy_exports;
DROP TABLE export_scratch;
