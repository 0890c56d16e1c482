DROP SCHEMA "LegacyImport";
