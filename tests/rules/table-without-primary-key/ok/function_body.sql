CREATE FUNCTION make_scratch_table() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    CREATE TABLE scratch_rows (line integer, raw text);
END
$$;
