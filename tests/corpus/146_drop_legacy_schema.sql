-- corpus-expect: drop-schema
DROP SCHEMA legacy CASCADE;
