ALTER TABLE orders
    ADD COLUMN delivery_date date,
    ADD COLUMN delivery_window interval,
    ADD COLUMN opens_at time,
    ADD COLUMN closes_at time with time zone;
