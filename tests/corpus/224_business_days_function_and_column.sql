-- corpus-expect: none
CREATE OR REPLACE FUNCTION add_business_days(d date, n integer) RETURNS date
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT (SELECT day FROM generate_series(d + 1, d + n * 2 + 7, interval '1 day') AS g(day)
            WHERE extract(isodow FROM day) < 6 OFFSET n - 1 LIMIT 1)::date
$$;
ALTER TABLE invoices ADD COLUMN due_on date DEFAULT (CURRENT_DATE + 14);
