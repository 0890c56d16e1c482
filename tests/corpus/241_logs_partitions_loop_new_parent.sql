-- corpus-expect: none
CREATE TABLE request_logs (
    id bigint GENERATED ALWAYS AS IDENTITY,
    logged_at timestamptz NOT NULL,
    path text NOT NULL,
    status smallint NOT NULL
) PARTITION BY RANGE (logged_at);

DO $$
DECLARE
    m date := date '2026-11-01';
BEGIN
    FOR i IN 0..5 LOOP
        EXECUTE format('CREATE TABLE request_logs_%s PARTITION OF request_logs FOR VALUES FROM (%L) TO (%L)',
                       to_char(m + make_interval(months => i), 'YYYY_MM'),
                       m + make_interval(months => i), m + make_interval(months => i + 1));
    END LOOP;
END
$$;
