-- corpus-expect: partition-attach-locks-parent
DO $$
BEGIN
    EXECUTE 'CREATE TABLE IF NOT EXISTS measurements_2027_q1 PARTITION OF measurements FOR VALUES FROM (''2027-01-01'') TO (''2027-04-01'')';
END
$$;
