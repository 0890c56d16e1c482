CREATE TABLE export_scratch (id bigint PRIMARY KEY);
DROP TABLE export_scratch, legacy_exports;
