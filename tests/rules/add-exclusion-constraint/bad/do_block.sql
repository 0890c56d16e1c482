DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'price_periods_no_overlap') THEN
        ALTER TABLE price_periods ADD CONSTRAINT price_periods_no_overlap
            EXCLUDE USING gist (product_id WITH =, valid WITH &&);
    END IF;
END
$$;
