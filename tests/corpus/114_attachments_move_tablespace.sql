-- corpus-expect: rewrite-whole-table
ALTER TABLE "Attachments" SET TABLESPACE cold_storage, SET (fillfactor = 100);
