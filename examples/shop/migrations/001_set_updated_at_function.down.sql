-- Trigger function that keeps updated_at current (down).

DROP FUNCTION set_updated_at();
