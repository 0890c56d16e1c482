ALTER TABLE legacy_exports SET SCHEMA archive;
CREATE VIEW public.legacy_exports AS SELECT * FROM archive.legacy_exports;
