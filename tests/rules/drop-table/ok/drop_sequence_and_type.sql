DROP SEQUENCE legacy_export_seq;
DROP TYPE export_format;
