-- Expand step of an expand/contract rename: the old column stays.
ALTER TABLE orders ADD COLUMN state text;
CREATE FUNCTION orders_sync_state() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.state := NEW.status;
    RETURN NEW;
END
$$;
CREATE TRIGGER orders_sync_state BEFORE INSERT OR UPDATE ON orders
    FOR EACH ROW EXECUTE FUNCTION orders_sync_state();
