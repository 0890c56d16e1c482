-- corpus-expect: truncate-table
TRUNCATE TABLE ONLY "cache_entries" RESTART IDENTITY CASCADE;
