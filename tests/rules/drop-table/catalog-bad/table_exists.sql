DROP TABLE IF EXISTS legacy_exports;
