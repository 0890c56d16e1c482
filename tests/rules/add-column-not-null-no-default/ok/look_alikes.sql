-- ALTER TABLE customers ADD COLUMN country_code text NOT NULL;
COMMENT ON TABLE customers IS 'ADD COLUMN ... NOT NULL needs a default';
CREATE FUNCTION app.add_required_column() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    ALTER TABLE customers ADD COLUMN required text NOT NULL;
END
$$;
SELECT 'ALTER TABLE orders ADD COLUMN x int NOT NULL' AS example;
