-- corpus-expect: rewrite-whole-table
ALTER TABLE ALL IN TABLESPACE fast_ssd SET TABLESPACE pg_default;
