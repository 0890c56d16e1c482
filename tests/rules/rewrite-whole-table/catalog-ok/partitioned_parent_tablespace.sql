-- events is a partitioned table: SET TABLESPACE only changes where future partitions
-- are created; no data moves (verified on PG15).
ALTER TABLE events SET TABLESPACE pg_default;
