-- corpus-expect: none
ALTER TABLE attachments ADD COLUMN thumbnail bytea;
ALTER TABLE attachments ALTER COLUMN thumbnail SET STORAGE EXTERNAL;
ALTER TABLE attachments ALTER COLUMN data SET COMPRESSION lz4;
