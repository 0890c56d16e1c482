-- CASCADE drops every table, view and function in the schema, with their data.
DROP SCHEMA IF EXISTS legacy CASCADE;
