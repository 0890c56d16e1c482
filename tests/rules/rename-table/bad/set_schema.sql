-- Moving a table to another schema changes its qualified name just like a rename.
ALTER TABLE legacy_exports SET SCHEMA archive;
