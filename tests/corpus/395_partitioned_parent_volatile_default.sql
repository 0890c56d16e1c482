-- corpus-expect: add-column-default-rewrite
-- On a partitioned parent this rewrites every partition.
ALTER TABLE events ADD COLUMN trace_id uuid DEFAULT gen_random_uuid();
