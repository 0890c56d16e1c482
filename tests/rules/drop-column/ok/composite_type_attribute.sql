-- ALTER TYPE ... DROP ATTRIBUTE changes a composite type, not a table.
ALTER TYPE address DROP ATTRIBUTE zip;
